using EditorialLint.Core.Articles;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Reading;

/// <summary>
/// Reads plain text: the article text is the decoded file exactly, line endings included,
/// so every offset is an offset into the file.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    /// <summary>The shared instance; the reader has no state.</summary>
    public static PlainTextReader Instance { get; } = new();

    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Text;

    /// <inheritdoc />
    public Article Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Article(source, source.Text, SourceMap.Identity(source.Text.Length), ArticleFormat.Text);
    }
}
