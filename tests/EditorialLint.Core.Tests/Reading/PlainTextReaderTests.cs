using System.Text;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

public class PlainTextReaderTests
{
    [Fact]
    public void Read_KeepsTheDecodedTextExactly()
    {
        const string text = "Headline\r\n\r\nBody with  double space,\ttab,\rlone CR and &amp; left alone.\r\n";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

        var article = ArticleReader.Read("story.txt", bytes);

        Assert.Equal(ArticleFormat.Text, article.Format);
        Assert.Equal(text, article.Text);
        Assert.Same(article.Source.Text, article.Text);
        Assert.True(article.Map.IsIdentity);
        Assert.Equal([new ArticleField(ArticleField.Body, 0, text.Length)], article.Fields);
        Assert.Empty(article.Comments);
        Assert.Empty(article.Suppressions);
        SourceMapAssert.MapsBack(article);
    }

    [Fact]
    public void Read_SourceLines_PositionsOffsetsInTheFile()
    {
        var article = PlainTextReader.Instance.Read(new SourceText("s.txt", "One\r\nTwo \U0001F600 three"));

        Assert.Equal(new Core.Text.TextPosition(2, 8), article.SourceLines.GetPosition(article.Text.IndexOf("three")));
    }
}
