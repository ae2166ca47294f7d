using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

public class CmsJsonReaderTests
{
    private static Article Read(string json) => CmsJsonReader.Instance.Read(new SourceText("story.json", json));

    private static InvalidArticleException ReadInvalid(string json) => Assert.Throws<InvalidArticleException>(() => Read(json));

    private static string FieldText(Article article, string name) =>
        article.Fields.Single(f => f.Name == name) is var f ? article.Text.Substring(f.Start, f.Length) : string.Empty;

    [Fact]
    public void Read_NewsArticle_JoinsHeadlineStandfirstAndBody()
    {
        var article = ArticleReader.Read(FormatFixture.Path("news.json"), FormatFixture.Bytes("news.json"));

        Assert.Equal(ArticleFormat.Json, article.Format);
        Assert.Equal(
            "Minister’s \"plan\" under fire\n\n"
            + "Costs rise to £1.2bn \U0001F4B8 — and climbing\n\n"
            + "The Home Office said the plan would cost more.\n\n"
            + "Tom Jones said: “It’s a mess.”\tEnd of quote.\r\nPath: C:\\temp\\file / done. \U0001F600 ok",
            article.Text);
        Assert.Equal([ArticleField.Headline, ArticleField.Standfirst, ArticleField.Body], article.Fields.Select(f => f.Name));
        Assert.Equal("Minister’s \"plan\" under fire", FieldText(article, ArticleField.Headline));
        Assert.Equal("Costs rise to £1.2bn \U0001F4B8 — and climbing", FieldText(article, ArticleField.Standfirst));
        Assert.StartsWith("The Home Office", FieldText(article, ArticleField.Body));
        Assert.Equal(["EDL0101", "EDL0202"], article.Suppressions);
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_Escapes_MapToTheirWholeEscapeSequence()
    {
        const string json = """{"body": "It\u2019s \"x\" \ud83d\udcb8 😀\n."}""";
        var article = Read(json);
        var text = article.Text;

        Assert.Equal("It’s \"x\" \U0001F4B8 \U0001F600\n.", text);
        Assert.Equal((json.IndexOf("\\u2019"), 6), article.Map.ToSource(text.IndexOf('’'), 1));
        Assert.Equal((json.IndexOf("\\\"x"), 2), article.Map.ToSource(text.IndexOf('"'), 1));
        var pair = text.IndexOf('\uD83D');
        Assert.Equal((json.IndexOf("\\ud83d"), 6), article.Map.ToSource(pair, 1));
        Assert.Equal((json.IndexOf("\\udcb8"), 6), article.Map.ToSource(pair + 1, 1));
        Assert.Equal((json.IndexOf("\\ud83d"), 12), article.Map.ToSource(pair, 2));
        var literal = text.IndexOf("\U0001F600", StringComparison.Ordinal);
        Assert.Equal((json.IndexOf("\U0001F600", StringComparison.Ordinal), 2), article.Map.ToSource(literal, 2));
        Assert.Equal((json.IndexOf("\\n"), 2), article.Map.ToSource(text.IndexOf('\n'), 1));
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_MarkdownBody_IsReadAsMarkdownAndMapsIntoTheJson()
    {
        var article = ArticleReader.Read(FormatFixture.Path("news-markdown.json"), FormatFixture.Bytes("news-markdown.json"));
        var source = article.Source.Text;

        Assert.Equal(
            "Flood *defences* approved\n\n"
            + "Council “votes”\n\n"
            + "The planning committee voted 7–2 to approve it.\n\n"
            + "Said *twice*.",
            article.Text);
        Assert.Equal("Flood *defences* approved", FieldText(article, ArticleField.Headline));
        var comment = Assert.Single(article.Comments);
        Assert.Equal(" editorial-lint-disable EDL0301 ", comment.Text);
        Assert.Equal("<!-- editorial-lint-disable EDL0301 -->", source.Substring(comment.Offset, comment.Length));
        var dash = article.Text.IndexOf('–');
        Assert.Equal((source.IndexOf("&ndash;"), "&ndash;".Length), article.Map.ToSource(dash, 1));
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_HtmlBody_IsReadAsHtmlAndMapsIntoTheJson()
    {
        var article = ArticleReader.Read(FormatFixture.Path("news-html.json"), FormatFixture.Bytes("news-html.json"));

        Assert.Equal("Short\n\nMinister’s \"plan\"\n\nCosts & delays — again", article.Text);
        Assert.Equal(["standfirst", "body"], article.Fields.Select(f => f.Name));
        Assert.Equal("<!-- note -->", article.Source.Text.Substring(article.Comments[0].Offset, article.Comments[0].Length));
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_Fields_ValueMapGivesOffsetsWithinTheSentString()
    {
        const string json = """{"headline": "A \u201cquote\u201d", "format": "markdown", "body": "Some *very* bold &amp; claim"}""";
        var article = Read(json);
        var headline = article.Fields.Single(f => f.Name == ArticleField.Headline);
        var body = article.Fields.Single(f => f.Name == ArticleField.Body);
        var bold = article.Text.IndexOf("bold") - body.Start;

        Assert.True(headline.ValueMap!.IsIdentity);
        Assert.Equal(("Some *very* ".Length, 4), body.ValueMap!.ToSource(bold, 4));
        Assert.Equal(("Some *very* bold ".Length, "&amp;".Length), body.ValueMap.ToSource(bold + 5, 1));
    }

    [Fact]
    public void Read_BodyBeforeHeadline_TextStillStartsWithTheHeadline()
    {
        const string json = """{"body": "Body text.", "standfirst": null, "headline": "Head"}""";
        var article = Read(json);

        Assert.Equal("Head\n\nBody text.", article.Text);
        Assert.Equal((json.IndexOf("Head"), 4), article.Map.ToSource(0, 4));
        Assert.Equal((json.IndexOf("Body"), 4), article.Map.ToSource(6, 4));
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_EmptyParts_AreSkippedButBodyIsAlwaysAField()
    {
        var article = Read("""{"headline": "", "body": ""}""");

        Assert.Equal(string.Empty, article.Text);
        var body = Assert.Single(article.Fields);
        Assert.Equal((ArticleField.Body, 0, 0), (body.Name, body.Start, body.Length));
    }

    [Fact]
    public void Read_UnknownPropertiesOfAnyShape_AreIgnored()
    {
        var article = Read("""{"id": 7, "tags": [1, {"a": [true, null]}], "body": "x", "extra": {"body": 1}}""");

        Assert.Equal("x", article.Text);
    }

    [Fact]
    public void Read_MissingBody_PointsAtTheObject()
    {
        var error = ReadInvalid("\n  {\"headline\": \"Only a headline\"}");

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Equal("story.json:2:3: the article has no \"body\"; add a \"body\" string with the article text", error.Message);
        Assert.Equal("story.json", error.Path);
        Assert.IsAssignableFrom<UnreadableInputException>(error);
    }

    [Theory]
    [InlineData("{\n  \"body\": 'x'\n}", 2, 11)]
    [InlineData("{\"body\": \"x\",}", 1, 14)]
    [InlineData("{\"body\": \"unterminated}", 1, 24)]
    [InlineData("{\"headline\": \"é\U0001F600\", x}", 1, 21)]
    [InlineData("{\"body\": \"x\"} trailing", 1, 15)]
    [InlineData("{\"body\": \"x\"\n// comment\n}", 2, 1)]
    public void Read_MalformedJson_ReportsLineAndColumnInCharacters(string json, int line, int column)
    {
        var error = ReadInvalid(json);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"story.json:{line}:{column}: not valid JSON: ", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_LoneSurrogateEscape_IsReportedNotThrownRaw()
    {
        var error = ReadInvalid("{\"body\": \"broken \\ud83d pair\"}");

        Assert.Equal((1, 10), (error.Line, error.Column));
        Assert.StartsWith("\"body\" holds an unpaired surrogate escape", error.Problem);
    }

    [Theory]
    [InlineData("[\"body\"]", 1, 1, "expected a JSON object with a \"body\" string")]
    [InlineData("", 1, 1, "empty input; expected a JSON object with a \"body\" string")]
    [InlineData(" \n", 1, 1, "empty input; expected a JSON object with a \"body\" string")]
    [InlineData("{\"body\": 42}", 1, 10, "\"body\" must be a string")]
    [InlineData("{\"body\": null}", 1, 10, "\"body\" must be a string")]
    [InlineData("{\"headline\": [\"x\"], \"body\": \"x\"}", 1, 14, "\"headline\" must be a string")]
    [InlineData("{\"body\": \"x\",\n \"format\": \"docx\"}", 2, 12, "\"format\" must be \"text\", \"markdown\" or \"html\"")]
    [InlineData("{\"body\": \"x\", \"suppressions\": \"EDL0101\"}", 1, 31, "\"suppressions\" must be an array of rule ids")]
    [InlineData("{\"body\": \"x\", \"suppressions\": [1]}", 1, 32, "\"suppressions\" must hold only strings (rule ids)")]
    public void Read_WrongShape_ReportsWhereAndWhat(string json, int line, int column, string problem)
    {
        var error = ReadInvalid(json);

        Assert.Equal((line, column, problem), (error.Line, error.Column, error.Problem));
    }
}
