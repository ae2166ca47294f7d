using BenchmarkDotNet.Attributes;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Running;

namespace EditorialLint.Benchmarks.Pipeline;

/// <summary>
/// Time per article as the rule set grows: the shipped rules against ten times as many (the
/// shipped ones and generated ones, bench/make_rules.py), and the name dictionary alone at 5 and
/// 5,000 entries (bench/make_pack.py). The target: at most 20% more per article at the larger size.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RuleSetScaleBenchmark
{
    private const int Articles = 200;

    private ArticleLinter _linter = null!;
    private Article[] _articles = [];
    private string _folder = "";

    /// <summary>The rule set.</summary>
    [Params(BenchPacks.Shipped, BenchPacks.ShippedTimesTen, "names 5", "names 5000")]
    public string Rules { get; set; } = "";

    /// <summary>Writes and compiles the packs, reads the articles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchPacks.TemporaryFolder();
        _linter = new ArticleLinter(BenchPacks.Compile(Rules, _folder));
        _articles = BenchCorpus.Articles(Articles).Select((t, i) => ArticleReader.Read($"a{i}.txt", System.Text.Encoding.UTF8.GetBytes(t))).ToArray();
    }

    /// <summary>Removes the temporary folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The whole lint of one article, one thread.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Lint()
    {
        var n = 0;
        foreach (var article in _articles) n += _linter.Lint(article).Diagnostics.Count;
        return n;
    }
}
