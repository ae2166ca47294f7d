using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

public class MarkdownReaderTests
{
    private static Article Read(string markdown) => MarkdownReader.Instance.Read(new SourceText("story.md", markdown));

    [Fact]
    public void Read_NewsArticle_ExtractsTheProseOnly()
    {
        var article = ArticleReader.Read(FormatFixture.Path("news.md"), FormatFixture.Bytes("news.md"));

        Assert.Equal(ArticleFormat.Markdown, article.Format);
        Assert.Equal(
            """
            Council approves £40m flood defences

            The council's planning committee voted 7–2 on Tuesday to approve the
            £40m scheme, according to minutes seen by
            the Gazette.

            "We can't keep waiting for the next flood," said councillor Ana Ruiz.
            "This is overdue."

            New walls along the River Ouse

            Pumping stations at Site A and Site B

            A review in 2027—or sooner

            Residents said the works *would* start in May.
            Visit for details.
            """,
            article.Text);
        Assert.Equal([new ArticleField(ArticleField.Body, 0, article.Text.Length)], article.Fields);
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_NewsArticle_KeepsHtmlComments()
    {
        var article = ArticleReader.Read(FormatFixture.Path("news.md"), FormatFixture.Bytes("news.md"));
        var source = article.Source.Text;

        Assert.Equal([" editorial-lint-disable EDL0301 ", " editorial-lint-enable "], article.Comments.Select(c => c.Text));
        Assert.All(article.Comments, c => Assert.Equal($"<!--{c.Text}-->", source.Substring(c.Offset, c.Length)));
    }

    [Theory]
    [InlineData("Some *emphasis*, __strong__ and ***both***.", "Some emphasis, strong and both.")]
    [InlineData("A [link to *the* story](https://example.org/a_b \"title\") here.", "A link to the story here.")]
    [InlineData("A [reference link][ref].\n\n[ref]: https://example.org", "A reference link.")]
    [InlineData("An image ![alt text](pic.jpg) is left out.", "An image is left out.")]
    [InlineData("See <https://example.org> now.", "See now.")]
    [InlineData("Run `rm -rf` with care.", "Run rm -rf with care.")]
    [InlineData("Literal \\*stars\\* and \\_underscores\\_.", "Literal *stars* and _underscores_.")]
    [InlineData("AT&amp;T &copy; 2024 &#8212; &#x2019;", "AT&T © 2024 — ’")]
    [InlineData("Heading\n=======\n\nBody.", "Heading\n\nBody.")]
    [InlineData("## Heading ##\nBody.", "Heading\n\nBody.")]
    [InlineData("- one\n- two\n  - nested\n\n1. first", "one\n\ntwo\n\nnested\n\nfirst")]
    [InlineData("> quoted line\ncontinued lazily\n>\n> second para", "quoted line\ncontinued lazily\n\nsecond para")]
    [InlineData("Hard break  \nnext and\\\nanother", "Hard break\nnext and\nanother")]
    [InlineData("Text\n\n```\ncode\n```\n\n    indented\n\nMore", "Text\n\nMore")]
    [InlineData("<div>\nhtml block\n</div>\n\nProse <span>inline</span> tags.", "Prose inline tags.")]
    [InlineData("Before\n\n***\n\nAfter", "Before\n\nAfter")]
    [InlineData("---\ntitle: x\n---\nBody only.", "Body only.")]
    [InlineData("| Party | Seats |\n|---|--:|\n| *Labour* | 411 |\n| Tory \\| Con | 121 |", "Party\n\nSeats\n\nLabour\n\n411\n\nTory | Con\n\n121")]
    [InlineData("", "")]
    public void Read_Construct_YieldsProse(string markdown, string expected)
    {
        var article = Read(markdown);

        Assert.Equal(expected, article.Text);
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_Crlf_SoftBreakMapsToTheWholeLineEnding()
    {
        var article = Read("# Title\r\n\r\nOne line\r\nnext line\r\n");
        var lineBreak = article.Text.IndexOf('\n', article.Text.IndexOf("One"));

        Assert.Equal("Title\n\nOne line\nnext line", article.Text);
        Assert.Equal(("# Title\r\n\r\nOne line".Length, 2), article.Map.ToSource(lineBreak, 1));
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_Entity_MapsToTheWholeEntity()
    {
        const string markdown = "Votes: 7&ndash;2.";
        var article = Read(markdown);

        Assert.Equal("Votes: 7–2.", article.Text);
        Assert.Equal((markdown.IndexOf('&'), "&ndash;".Length), article.Map.ToSource(article.Text.IndexOf('–'), 1));
    }

    [Fact]
    public void Read_SpanOverEmphasis_CoversTheMarkupBetween()
    {
        const string markdown = "A **bold** claim";
        var article = Read(markdown);
        var start = article.Text.IndexOf("bold");

        // "bold claim" in the text covers "bold** claim" in the source.
        Assert.Equal((markdown.IndexOf("bold"), "bold** claim".Length), article.Map.ToSource(start, "bold claim".Length));
    }

    [Fact]
    public void Read_BlockSeparator_IsSyntheticAtTheEndOfTheBlockBefore()
    {
        const string markdown = "# Title\n\nBody";
        var article = Read(markdown);

        Assert.Equal(("# Title".Length, 0), article.Map.ToSource("Title".Length, 2));
    }

    [Fact]
    public void Read_InlineAndBlockComments_AreCollectedWithSourceOffsets()
    {
        const string markdown = "<!-- block\ncomment -->\n\nText <!-- inline --> more.\n\n<div><!-- in html --></div>";
        var article = Read(markdown);

        Assert.Equal("Text more.", article.Text);
        Assert.Equal(
            [
                new MarkupComment(0, 22, " block\ncomment "),
                new MarkupComment(markdown.IndexOf("<!-- inline"), 15, " inline "),
                new MarkupComment(markdown.IndexOf("<!-- in html"), 16, " in html "),
            ],
            article.Comments);
    }

    [Fact]
    public void Read_TabAfterHeadingMarker_StillMapsEntitiesAndCommentsExactly()
    {
        // Markdig's inline spans drift by the tab's expansion here; the reader must not follow them.
        const string markdown = "# \t`code` [link](http://x.y/a_b)&#x1F600; \\*x* <!-- note -->";
        var article = Read(markdown);
        var emoji = article.Text.IndexOf('\uD83D');

        Assert.Equal("code link\U0001F600 *x*", article.Text);
        Assert.Equal((markdown.IndexOf("&#x1F600;"), "&#x1F600;".Length), article.Map.ToSource(emoji, 2));
        Assert.Equal(new MarkupComment(markdown.IndexOf("<!--"), "<!-- note -->".Length, " note "), Assert.Single(article.Comments));
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_Tabs_AreKeptWhereTheSourceHasThem()
    {
        var article = Read("Col one\tcol two");

        Assert.Equal("Col one\tcol two", article.Text);
        Assert.True(article.Map.ToSource(7, 1) == (7, 1));
    }
}
