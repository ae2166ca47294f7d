using BenchmarkDotNet.Attributes;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Benchmarks.Officials;

/// <summary>
/// Time per article of the name rules (the officials pack and EDL0601) with the shipped registry
/// and with the registry grown to 5,000 officials: the name index's cost must not follow the
/// registry's size. The corpus is the first 40 clean controls and the five seed articles. Two
/// measures: the whole lint (segmenting, every scanner, the rule network) and the name index's
/// scan alone, where the registry's size would show first.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[IterationTime(250)]
public class RegistrySizeBenchmark
{
    private const int Articles = 45;

    private ArticleLinter _linter = null!;
    private string[] _texts = [];
    private Segmentation[] _segmented = [];
    private NameIndex _names = null!;
    private string _folder = "";

    /// <summary>Officials in the registry: 0 means the shipped one as it is.</summary>
    [Params(0, 5_000)]
    public int Officials { get; set; }

    /// <summary>Writes the packs and the registry to a temporary folder, compiles them and reads the articles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = Root();
        _folder = Path.Combine(Path.GetTempPath(), "editorial-lint-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(root, "rules", "officials.rules.yaml"), Path.Combine(_folder, "officials.rules.yaml"));
        File.Copy(Path.Combine(root, "rules", "consistency.rules.yaml"), Path.Combine(_folder, "consistency.rules.yaml"));
        var shipped = File.ReadAllText(Path.Combine(root, "rules", "officials.yaml"));
        var existing = shipped.Split('\n').Count(l => l.StartsWith("  - name: ", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_folder, "officials.yaml"), Officials == 0 ? shipped : SyntheticRegistry.Grow(shipped, existing, Officials));
        _linter = new ArticleLinter(RuleSetCompiler.Load([RuleSource.FromPath(_folder)]));
        _texts = Directory.GetFiles(Path.Combine(root, "fixtures", "clean"), "*.txt").Order(StringComparer.Ordinal).Take(40)
            .Concat(Directory.GetFiles(Path.Combine(root, "fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal).Take(5))
            .Select(File.ReadAllText).ToArray();
        if (_texts.Length != Articles) throw new InvalidOperationException($"expected {Articles} articles, found {_texts.Length}");
        _segmented = _texts.Select(Segmenter.Segment).ToArray();
        _names = _linter.Rules.Scanners.OfType<NameIndex>().Single();
    }

    /// <summary>Removes the temporary folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Lints every article of the corpus; reported per article.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int LintPerArticle()
    {
        var findings = 0;
        foreach (var text in _texts) findings += _linter.Find(text, "article.txt", out _).Count;
        return findings;
    }

    /// <summary>Runs only the name index over every (already segmented) article; reported per article.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int ScanNamesPerArticle()
    {
        var facts = 0;
        foreach (var segmentation in _segmented)
        {
            var context = new ScanContext(segmentation);
            _names.Scan(context);
            facts += context.Facts.Count;
        }

        return facts;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("EditorialLint.sln not found above " + AppContext.BaseDirectory);
    }
}
