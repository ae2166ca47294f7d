using System.Text.RegularExpressions;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// A pattern is compiled once it has run on enough articles: its matches stay those of the
/// backtracking engine it started on, on every article, first and later.
/// </summary>
public sealed class PatternSearchTests
{
    private const string Article = """
        Talks go on

        The minister said the talks would go on, and the spokesman said so too.
        Psaki said in a statement that the president said nothing more; the aide said the same.
        """;

    private static PatternSearch Search() =>
        new([new PatternEntry("SAID", PatternSearch.Compile("(?:the )?said", ignoreCase: false, multiline: true), Anchor.None)]);

    private static List<(int Start, string Text)> Scan(PatternSearch search, string text)
    {
        var context = new ScanContext(Segmenter.Segment(text));
        search.Scan(context);
        return context.Facts.OfType<Facts.Match>().Select(m => (m.Start, m.Text)).OrderBy(m => m.Start).ToList();
    }

    [Fact]
    public void Scan_OptionalWordBeforeTheMatch_FindsEveryMatchAfterThePatternGetsHot()
    {
        // .NET's linear-time engine finds 1 of the 5 matches of this pattern in such text: a pattern
        // that gets hot must go on compiled backtracking, not on that engine.
        var search = Search();
        var expected = new Regex("(?:the )?said").Matches(Article).Select(m => (m.Index, m.Value)).ToList();
        Assert.Equal(5, expected.Count);

        for (var run = 0; run < 100; run++)
        {
            Assert.Equal(expected, Scan(search, Article));
            // The faster engine is built in the background once the pattern is hot: give it time to arrive.
            if (run == 20) Thread.Sleep(1_000);
        }
    }

    [Fact]
    public void Scan_ManyThreadsAtOnceAfterThePatternGetsHot_EachFindsEveryMatch()
    {
        // Threads scanning at once each rent their own instance; once compiled, the instances run the code of the first.
        var search = Search();
        var expected = new Regex("(?:the )?said").Matches(Article).Select(m => (m.Index, m.Value)).ToList();
        for (var run = 0; run < 20; run++) Scan(search, Article);
        Thread.Sleep(1_000);

        var results = new List<(int, string)>[256];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => results[i] = Scan(search, Article));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Scan_CleanTextRunOnManyArticles_StaysSilent()
    {
        var search = Search();
        const string Clean = "The talks will go on, the minister told reporters on Monday.\n";

        for (var run = 0; run < 100; run++)
        {
            Assert.Empty(Scan(search, Clean));
            if (run == 20) Thread.Sleep(200);
        }
    }
}
