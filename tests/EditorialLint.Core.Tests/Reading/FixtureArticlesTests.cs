using System.Text;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

/// <summary>The seed articles, clean controls and format samples all read, and keep the source-map property.</summary>
public class FixtureArticlesTests
{
    public static TheoryData<string> ArticleFiles()
    {
        var root = Directory.GetParent(FormatFixture.Path("x"))!.Parent!.FullName;
        var data = new TheoryData<string>();
        foreach (var file in new[] { "articles", "clean", "formats" }
            .Where(dir => Directory.Exists(Path.Combine(root, dir)))
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(root, dir)))
            .Where(f => ArticleFormats.FromPath(f) is not null && !f.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void Read_Fixture_MapsBack(string relativePath)
    {
        var path = Path.Combine(Directory.GetParent(FormatFixture.Path("x"))!.Parent!.FullName, relativePath);
        var bytes = File.ReadAllBytes(path);

        var article = ArticleReader.Read(relativePath, bytes);

        Assert.NotEmpty(article.Text);
        SourceMapAssert.MapsBack(article);
        if (article.Format == ArticleFormat.Text)
        {
            Assert.Equal(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), article.Text);
        }
    }
}
