using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

public class ArticleFormatsTests
{
    [Theory]
    [InlineData("story.txt", ArticleFormat.Text)]
    [InlineData("dir.v2/story.md", ArticleFormat.Markdown)]
    [InlineData("STORY.MARKDOWN", ArticleFormat.Markdown)]
    [InlineData("story.html", ArticleFormat.Html)]
    [InlineData("story.Htm", ArticleFormat.Html)]
    [InlineData("cms/story-123.json", ArticleFormat.Json)]
    public void FromPath_KnownExtension_ReturnsFormat(string path, ArticleFormat expected)
    {
        Assert.Equal(expected, ArticleFormats.FromPath(path));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("README")]
    [InlineData("story.docx")]
    [InlineData("story.txt.bak")]
    public void FromPath_UnknownExtension_ReturnsNull(string path)
    {
        Assert.Null(ArticleFormats.FromPath(path));
    }

    [Fact]
    public void Extensions_AreExactlyTheRecognisedOnes()
    {
        Assert.All(ArticleFormats.Extensions, e => Assert.NotNull(ArticleFormats.FromPath("x" + e)));
        Assert.Equal(6, ArticleFormats.Extensions.Count);
    }
}
