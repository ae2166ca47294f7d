using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// A pattern changes engine once it has run on enough articles (to the linear-time engine where it
/// can, else compiled backtracking): its matches, groups and replacements stay those of its first runs.
/// </summary>
public sealed class PatternSearchTests
{
    private const string Article = """
        Glued words

        The figures were published according toReuters on Monday, and the minister said’without delay’ twice.
        She bought an iPhone on eBay; the talks inGeneva and theWhite House statement followed.
        """;

    private static PatternSearch Search() => new([
        new PatternEntry("GLUE", PatternSearch.Compile(@"\b([a-z]{2,})([A-Z][a-z]{2,})\b", ignoreCase: false, multiline: true), Anchor.None, "$1 $2"),
        new PatternEntry("QUOTE", PatternSearch.Compile(@"\b([a-z]{2,})([‘’])([A-Za-z]{3,})", ignoreCase: false, multiline: true), Anchor.None, "$1 $2$3"),
        // A lookahead keeps this one on the backtracking engine: it is compiled when hot.
        new PatternEntry("LOOK", PatternSearch.Compile(@"(?<=[a-z])-(?=and\b)", ignoreCase: false, multiline: true), Anchor.None),
    ]);

    private static List<string> Scan(PatternSearch search, string text)
    {
        var context = new ScanContext(Segmenter.Segment(text));
        search.Scan(context);
        return context.Facts.OfType<Facts.Match>().Select(m => $"{m.RuleId} {m.Start} {m.Text} -> {m.Replacement}").ToList();
    }

    [Fact]
    public void Scan_PatternRunOnManyArticles_KeepsItsFirstMatchesWhicheverEngineRunsIt()
    {
        var search = Search();
        var text = Article + "\nThe talks-and this is key-will continue.\n";
        var first = Scan(search, text);

        Assert.Equal(
            [
                $"GLUE {text.IndexOf("toReuters", StringComparison.Ordinal)} toReuters -> to Reuters",
                $"GLUE {text.IndexOf("inGeneva", StringComparison.Ordinal)} inGeneva -> in Geneva",
                $"GLUE {text.IndexOf("theWhite", StringComparison.Ordinal)} theWhite -> the White",
                $"QUOTE {text.IndexOf("said’without", StringComparison.Ordinal)} said’without -> said ’without",
                $"LOOK {text.IndexOf("-and", StringComparison.Ordinal)} - -> ",
            ],
            first);
        for (var run = 0; run < 2_000; run++) Assert.Equal(first, Scan(search, text));
    }

    [Fact]
    public void Scan_CleanTextRunOnManyArticles_StaysSilent()
    {
        var search = Search();
        const string Clean = "She bought an iPhone on eBay and posted it to YouTube; they’re sure it’s Ukraine’s call and the talks - and this is key - will go on.\n";

        for (var run = 0; run < 2_000; run++) Assert.Empty(Scan(search, Clean));
    }
}
