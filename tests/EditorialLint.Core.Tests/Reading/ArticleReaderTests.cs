using System.Text;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

public class ArticleReaderTests
{
    private static readonly byte[] MarkdownBytes = Encoding.UTF8.GetBytes("# Title\n\nSome *text*.");

    [Theory]
    [InlineData("a.md", ArticleFormat.Markdown, "Title\n\nSome text.")]
    [InlineData("a.txt", ArticleFormat.Text, "# Title\n\nSome *text*.")]
    [InlineData("-", ArticleFormat.Text, "# Title\n\nSome *text*.")]
    [InlineData("notes.unknown", ArticleFormat.Text, "# Title\n\nSome *text*.")]
    public void Read_ChoosesTheReaderFromThePath(string path, ArticleFormat format, string text)
    {
        var article = ArticleReader.Read(path, MarkdownBytes);

        Assert.Equal(format, article.Format);
        Assert.Equal(text, article.Text);
        Assert.Equal(path, article.Path);
    }

    [Fact]
    public void Read_ExplicitFormat_WinsOverThePath()
    {
        var article = ArticleReader.Read("-", MarkdownBytes, ArticleFormat.Markdown);

        Assert.Equal("Title\n\nSome text.", article.Text);
    }

    [Fact]
    public void Read_UndecodableInput_ThrowsUnreadableInput()
    {
        Assert.Throws<UnreadableInputException>(() => ArticleReader.Read("a.md", [0x41, 0x00, 0x42]));
    }

    [Theory]
    [InlineData(ArticleFormat.Text, typeof(PlainTextReader))]
    [InlineData(ArticleFormat.Markdown, typeof(MarkdownReader))]
    [InlineData(ArticleFormat.Html, typeof(HtmlReader))]
    [InlineData(ArticleFormat.Json, typeof(CmsJsonReader))]
    public void GetReader_ReturnsTheReaderForTheFormat(ArticleFormat format, Type readerType)
    {
        var reader = ArticleReader.GetReader(format);

        Assert.IsType(readerType, reader);
        Assert.Equal(format, reader.Format);
    }
}
