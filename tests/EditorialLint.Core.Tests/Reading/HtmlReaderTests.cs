using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

public class HtmlReaderTests
{
    private static Article Read(string html) => HtmlReader.Instance.Read(new SourceText("story.html", html));

    [Fact]
    public void Read_NewsArticle_ExtractsTheVisibleBodyText()
    {
        var article = ArticleReader.Read(FormatFixture.Path("news.html"), FormatFixture.Bytes("news.html"));

        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.Equal("\r\n", article.Source.NewLine);
        Assert.Equal(
            "Minister’s \"plan\" under fire\n\n"
            + "The Home Office said the new asylum plan would cost £1.2bn — more than expected.\n\n"
            + "Tom\u00A0Jones said:\n“It’s a mess.”\nAT&T & others agreed.\n\n"
            + "Costs rose\n\nDelays grew\n\n"
            + "A caption © 2024\n\n"
            + "Cell one\n\nCell two\n\n"
            + "line one\n  line two",
            article.Text);
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_NewsArticle_KeepsCommentsButNotCommentLikeScriptText()
    {
        var article = ArticleReader.Read(FormatFixture.Path("news.html"), FormatFixture.Bytes("news.html"));

        var comment = Assert.Single(article.Comments);
        Assert.Equal(" editorial-lint-disable EDL0201 ", comment.Text);
        Assert.Equal("<!-- editorial-lint-disable EDL0201 -->", article.Source.Text.Substring(comment.Offset, comment.Length));
    }

    [Theory]
    [InlineData("<p>One<p>Two", "One\n\nTwo")]
    [InlineData("Loose text, no tags", "Loose text, no tags")]
    [InlineData("<p>A <b>bold</b>\n   <i>move</i>.</p>", "A bold move.")]
    [InlineData("<p>  leading and trailing  </p>", "leading and trailing")]
    [InlineData("<p>line<br>break<br/><br>twice</p>", "line\nbreak\ntwice")]
    [InlineData("<h2>Title</h2><div><div>Nested</div> blocks</div>", "Title\n\nNested\n\nblocks")]
    [InlineData("<ul><li>one</li><li>two</li></ul><blockquote>quote</blockquote>", "one\n\ntwo\n\nquote")]
    [InlineData("<p>Keep<script>if (a < b) { x = \"</p>\"; }</script> going<style>p{}</style></p>", "Keep going")]
    [InlineData("<p>Shown</p><noscript><p>Hidden</p></noscript><template><p>Inert</p></template>", "Shown")]
    [InlineData("<p>Shown <span hidden>hidden</span>too</p>", "Shown too")]
    [InlineData("<a title=\"a > b\" href='x?y=1&amp;z=2'>link text</a>", "link text")]
    [InlineData("<p>1 < 2 && 3 > 2</p>", "1 < 2 && 3 > 2")]
    [InlineData("<p>AT&T &amp; &copy 2024 &#169; &#xA9; &#x1F600;</p>", "AT&T & © 2024 © © \U0001F600")]
    [InlineData("<p>A&nbsp;&nbsp;B</p>", "A\u00A0\u00A0B")]
    [InlineData("<b><i>misnested</b> tags</i>", "misnested tags")]
    [InlineData("<title>Page</title><p>Body</p>", "Body")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr></table>", "a\n\nb")]
    [InlineData("<pre>\n  keep\n    spacing</pre>", "  keep\n    spacing")]
    [InlineData("<p>x</p></body></html>\n<p>after the end</p>", "x\n\nafter the end")]
    [InlineData("<textarea>form &amp; value</textarea><p>Body</p>", "Body")]
    [InlineData("<!DOCTYPE html><!-- c --><?php echo ?><p>Body</p>", "Body")]
    [InlineData("", "")]
    public void Read_Construct_YieldsVisibleText(string html, string expected)
    {
        var article = Read(html);

        Assert.Equal(expected, article.Text);
        SourceMapAssert.MapsBack(article);
    }

    [Theory]
    [InlineData("&amp;", '&')]
    [InlineData("&rsquo;", '’')]
    [InlineData("&#8212;", '—')]
    [InlineData("&#x2014;", '—')]
    [InlineData("&copy", '©')]
    public void Read_Entity_MapsToTheWholeReference(string reference, char decoded)
    {
        var html = $"<p>Before {reference} after</p>";
        var article = Read(html);
        var at = article.Text.IndexOf(decoded);

        Assert.Equal($"Before {decoded} after", article.Text);
        Assert.Equal((html.IndexOf(reference, StringComparison.Ordinal), reference.Length), article.Map.ToSource(at, 1));
    }

    [Fact]
    public void Read_OddReferences_DecodeAsBrowsersDo()
    {
        // 0x80-0x9F mean Windows-1252, NUL becomes U+FFFD, unknown names stay literal.
        const string html = "<p>&#150;&#0;&bogus;&amp</p>";
        var article = Read(html);

        Assert.Equal("–\uFFFD&bogus;&", article.Text);
        Assert.Equal((3, 6), article.Map.ToSource(0, 1));
        Assert.Equal((9, 4), article.Map.ToSource(1, 1));
        Assert.Equal((13, 7), article.Map.ToSource(2, 7));
        Assert.Equal((20, 4), article.Map.ToSource(9, 1));
    }

    [Fact]
    public void Read_SupplementaryReference_BothHalvesMapToTheReference()
    {
        const string html = "<p>Rich &#x1F4B8;!</p>";
        var article = Read(html);
        var at = article.Text.IndexOf('\uD83D');

        Assert.Equal(html.IndexOf('&'), article.Map.ToSource(at));
        Assert.Equal(html.IndexOf('&'), article.Map.ToSource(at + 1));
        Assert.Equal((html.IndexOf('&'), "&#x1F4B8;".Length), article.Map.ToSource(at, 2));
    }

    [Fact]
    public void Read_CollapsedWhiteSpace_MapsToTheWholeRun()
    {
        const string html = "<p>one\r\n     two</p>";
        var article = Read(html);

        Assert.Equal("one two", article.Text);
        Assert.Equal((html.IndexOf('\r'), "\r\n     ".Length), article.Map.ToSource(3, 1));
    }

    [Fact]
    public void Read_SpanOverInlineTags_CoversTheTags()
    {
        const string html = "<p>The <b>Home</b> <i>Office</i> said</p>";
        var article = Read(html);
        var start = article.Text.IndexOf("Home");

        Assert.Equal((html.IndexOf("Home"), "Home</b> <i>Office".Length), article.Map.ToSource(start, "Home Office".Length));
    }

    [Fact]
    public void Read_TextNotInSourceOrder_StillMapsEachCharacterToItself()
    {
        // Text inside a table outside any cell is moved before the table by the parser.
        const string html = "<table>stray<tr><td>cell</td></tr></table>";
        var article = Read(html);

        Assert.Contains("stray", article.Text);
        Assert.Contains("cell", article.Text);
        for (var i = 0; i < article.Text.Length; i++)
        {
            var (start, length) = article.Map.ToSource(i, 1);
            Assert.True(length == 0 || html[start] == article.Text[i]);
        }
    }

    [Fact]
    public void Read_Comments_HaveExactSourceSpans()
    {
        const string html = "<p>a<!-- one --></p><!----><!-- two\nlines --!><script>/* <!-- not one --> */</script>";
        var article = Read(html);

        Assert.Equal(
            [
                new MarkupComment(html.IndexOf("<!-- one"), "<!-- one -->".Length, " one "),
                new MarkupComment(html.IndexOf("<!---->"), "<!---->".Length, string.Empty),
                new MarkupComment(html.IndexOf("<!-- two"), "<!-- two\nlines --!>".Length, " two\nlines "),
            ],
            article.Comments);
    }

    [Fact]
    public void Read_SentenceAcrossBlocks_IsSeparatedByABlankLine()
    {
        var article = Read("<h1>Headline</h1>\n<p>First paragraph.</p>");

        Assert.Equal("Headline\n\nFirst paragraph.", article.Text);
        Assert.Equal(0, article.Map.ToSource("Headline".Length, 2).Length);
    }
}
