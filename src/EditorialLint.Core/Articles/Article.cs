using EditorialLint.Core.Reading;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Articles;

/// <summary>
/// One article as read from its source: the text rules see, and the way back to the file.
/// </summary>
public sealed class Article
{
    private readonly Lazy<LineIndex> _sourceLines;

    /// <summary>Creates an article from what a reader extracted.</summary>
    /// <param name="source">The decoded source the article was read from.</param>
    /// <param name="text">The text rules see.</param>
    /// <param name="map">Maps offsets in <paramref name="text"/> to offsets in the source text.</param>
    /// <param name="format">The format the article was read as.</param>
    /// <param name="fields">Named ranges of the text; by default one <c>body</c> field covering it all.</param>
    /// <param name="comments">Markup comments found in the source; none by default.</param>
    /// <param name="suppressions">Rule suppressions carried by the article itself; none by default.</param>
    /// <exception cref="ArgumentException">The map does not cover the text, or a field lies outside it.</exception>
    public Article(
        SourceText source,
        string text,
        SourceMap map,
        ArticleFormat format,
        IReadOnlyList<ArticleField>? fields = null,
        IReadOnlyList<MarkupComment>? comments = null,
        IReadOnlyList<string>? suppressions = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        if (map.TextLength != text.Length)
        {
            throw new ArgumentException($"The map covers {map.TextLength} characters but the text has {text.Length}.", nameof(map));
        }

        fields ??= [new ArticleField(ArticleField.Body, 0, text.Length)];
        foreach (var field in fields)
        {
            if (field.Start < 0 || field.Length < 0 || field.End > text.Length)
            {
                throw new ArgumentException($"Field '{field.Name}' ({field.Start}+{field.Length}) lies outside the text.", nameof(fields));
            }
        }

        Source = source;
        Text = text;
        Map = map;
        Format = format;
        Fields = fields;
        Comments = comments ?? [];
        Suppressions = suppressions ?? [];
        _sourceLines = new Lazy<LineIndex>(() => new LineIndex(source.Text));
    }

    /// <summary>The path the article was read from, as given (<c>-</c> for standard input).</summary>
    public string Path => Source.Path;

    /// <summary>The decoded source text and how it was encoded.</summary>
    public SourceText Source { get; }

    /// <summary>The text rules see: for plain text exactly <see cref="SourceText.Text"/>, for markup the prose.</summary>
    public string Text { get; }

    /// <summary>Maps offsets in <see cref="Text"/> to offsets in <see cref="SourceText.Text"/>.</summary>
    public SourceMap Map { get; }

    /// <summary>The format the article was read as.</summary>
    public ArticleFormat Format { get; }

    /// <summary>Named ranges of <see cref="Text"/>: <c>headline</c>, <c>standfirst</c>, <c>body</c>.</summary>
    public IReadOnlyList<ArticleField> Fields { get; }

    /// <summary>Markup comments in the source, in source order, with source offsets.</summary>
    public IReadOnlyList<MarkupComment> Comments { get; }

    /// <summary>Rule suppressions the article carries itself (the CMS <c>suppressions</c> array).</summary>
    public IReadOnlyList<string> Suppressions { get; }

    /// <summary>Line and column positions over <see cref="SourceText.Text"/>, built on first use.</summary>
    public LineIndex SourceLines => _sourceLines.Value;

    /// <summary>The field that holds <paramref name="textOffset"/>, or null between fields.</summary>
    /// <param name="textOffset">An offset in <see cref="Text"/>.</param>
    public ArticleField? FindField(int textOffset)
    {
        foreach (var field in Fields)
        {
            if (field.Contains(textOffset))
            {
                return field;
            }
        }

        return null;
    }
}
