using BenchmarkDotNet.Attributes;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Benchmarks.Pipeline;

/// <summary>
/// Each matcher alone over 200 segmented articles, reported per article: the literal-term
/// automaton with the shipped terms and with name dictionaries of 5, 500 and 5,000 entries
/// (its cost must not follow the number of terms), the patterns, the name index, and the
/// capitalisation and glued-words scanners.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class MatcherBenchmark
{
    private const int Articles = 200;

    private Segmentation[] _segmented = [];
    private IScanner _scanner = null!;
    private string _folder = "";

    /// <summary>The matcher: a scanner of the shipped rules, or <c>TermSearch names N</c>.</summary>
    [Params("TermSearch shipped", "TermSearch names 5", "TermSearch names 500", "TermSearch names 5000",
        "PatternSearch", "NameIndex", "CapitalizationScanner", "GluedWordsScanner")]
    public string Matcher { get; set; } = "";

    /// <summary>Builds the matcher and segments the articles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchPacks.TemporaryFolder();
        var rules = Matcher.StartsWith("TermSearch names", StringComparison.Ordinal)
            ? BenchPacks.Compile(Matcher["TermSearch ".Length..], _folder)
            : RuleSetCompiler.Load([RuleSource.Shipped]);
        var type = Matcher.Split(' ')[0];
        _scanner = rules.Scanners.Single(s => s.GetType().Name == type);
        _segmented = BenchCorpus.Articles(Articles).Select(Segmenter.Segment).ToArray();
    }

    /// <summary>Removes the temporary folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One scan of one article.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Scan()
    {
        var n = 0;
        foreach (var s in _segmented)
        {
            var context = new ScanContext(s);
            _scanner.Scan(context);
            n += context.Facts.Count;
        }

        return n;
    }
}
