using EditorialLint.Core.Articles;

namespace EditorialLint.Core.Reading;

/// <summary>Reads an input end to end: decode the bytes, choose the reader, extract the article.</summary>
public static class ArticleReader
{
    /// <summary>Reads the article in <paramref name="bytes"/>.</summary>
    /// <param name="path">The path the bytes came from, as given (<c>-</c> for standard input).</param>
    /// <param name="bytes">The whole input.</param>
    /// <param name="format">The format to read; by default chosen from the path's extension, plain text when unknown.</param>
    /// <returns>The article.</returns>
    /// <exception cref="UnreadableInputException">The input is binary, badly encoded or not a valid article.</exception>
    public static Article Read(string path, ReadOnlySpan<byte> bytes, ArticleFormat? format = null)
    {
        var source = SourceDecoder.Decode(path, bytes);
        return GetReader(format ?? ArticleFormats.FromPath(path) ?? ArticleFormat.Text).Read(source);
    }

    /// <summary>The reader for <paramref name="format"/>.</summary>
    /// <param name="format">An article format.</param>
    public static IArticleReader GetReader(ArticleFormat format) => format switch
    {
        ArticleFormat.Text => PlainTextReader.Instance,
        ArticleFormat.Markdown => MarkdownReader.Instance,
        ArticleFormat.Html => HtmlReader.Instance,
        ArticleFormat.Json => CmsJsonReader.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown article format."),
    };
}
