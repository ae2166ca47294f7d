using BenchmarkDotNet.Attributes;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Benchmarks.Pipeline;

/// <summary>
/// The per-article pipeline with every shipped rule, on 200 articles built like bench/run.sh's
/// corpus (about 3.6 KB each): the whole lint on one thread and on every core (throughput: divide
/// the mean article's 3,600 characters by the time per article), and each stage alone.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PipelineBenchmark
{
    private const int Articles = 200;

    private ArticleLinter _linter = null!;
    private CompiledRuleSet _rules = null!;
    private Article[] _articles = [];
    private Segmentation[] _segmented = [];
    private ScanContext[] _scanned = [];

    /// <summary>Compiles the shipped rules, reads the articles, segments and scans them once for the later stages.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rules = RuleSetCompiler.Load([RuleSource.Shipped]);
        _linter = new ArticleLinter(_rules);
        _articles = BenchCorpus.Articles(Articles).Select((t, i) => ArticleReader.Read($"a{i}.txt", System.Text.Encoding.UTF8.GetBytes(t))).ToArray();
        _segmented = _articles.Select(a => Segmenter.Segment(a.Text)).ToArray();
        _scanned = _segmented.Select(s =>
        {
            var context = new ScanContext(s);
            foreach (var scanner in _rules.Scanners) scanner.Scan(context);
            return context;
        }).ToArray();
    }

    /// <summary>The whole lint of one article, one thread.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Lint()
    {
        var n = 0;
        foreach (var article in _articles) n += _linter.Lint(article).Diagnostics.Count;
        return n;
    }

    /// <summary>The whole lint on every core: time per article of the batch.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int LintOnAllCores()
    {
        var n = 0;
        Parallel.For(0, _articles.Length, i => Interlocked.Add(ref n, _linter.Lint(_articles[i]).Diagnostics.Count));
        return n;
    }

    /// <summary>Reading a plain-text article (decoding, source map).</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Read()
    {
        var n = 0;
        foreach (var article in _articles) n += ArticleReader.Read(article.Path, System.Text.Encoding.UTF8.GetBytes(article.Source.Text)).Text.Length;
        return n;
    }

    /// <summary>Segmenting: paragraphs, sentences, quotations, tokens.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Segment()
    {
        var n = 0;
        foreach (var article in _articles) n += Segmenter.Segment(article.Text).Tokens.Length;
        return n;
    }

    /// <summary>Every scanner over a segmented article.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Scan()
    {
        var n = 0;
        foreach (var s in _segmented)
        {
            var context = new ScanContext(s);
            foreach (var scanner in _rules.Scanners) scanner.Scan(context);
            n += context.Facts.Count;
        }

        return n;
    }

    /// <summary>The rule session: create, insert the segments and the scanners' facts, fire, query the reports.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Session()
    {
        var n = 0;
        for (var a = 0; a < _segmented.Length; a++)
        {
            var s = _segmented[a];
            var session = _rules.Factory.CreateSession();
            session.Insert(new ArticleInfo("a.txt", s.Text.Length, s.Paragraphs.Count, s.Sentences.Count, s.Headline is not null));
            session.Insert(HouseStyle.None);
            session.InsertAll(s.Paragraphs);
            session.InsertAll(s.Sentences);
            session.InsertAll(s.Quotations);
            foreach (var fact in _scanned[a].Facts)
            {
                if (fact is not PatternTimeout) session.Insert(fact);
            }

            session.Fire();
            n += session.Query<Report>().Count();
        }

        return n;
    }
}
