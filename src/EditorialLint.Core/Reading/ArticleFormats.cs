namespace EditorialLint.Core.Reading;

/// <summary>Chooses an <see cref="ArticleFormat"/> from a file name.</summary>
public static class ArticleFormats
{
    /// <summary>The extensions (with the dot, lower case) of the files a directory walk reads.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".json"];

    /// <summary>
    /// The format for the file's extension, or null when the extension is unknown
    /// (callers then read the file as <see cref="ArticleFormat.Text"/>, as with standard input).
    /// </summary>
    /// <param name="path">A file path or name; the extension is compared case-insensitively.</param>
    public static ArticleFormat? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" => ArticleFormat.Text,
            ".md" or ".markdown" => ArticleFormat.Markdown,
            ".html" or ".htm" => ArticleFormat.Html,
            ".json" => ArticleFormat.Json,
            _ => null,
        };
    }
}
