using EditorialLint.Core.Text;

namespace EditorialLint.Core.Articles;

/// <summary>
/// A named part of an article (<c>headline</c>, <c>standfirst</c>, <c>body</c>) as a range of
/// <see cref="Article.Text"/>.
/// </summary>
/// <param name="Name">The field name: <c>headline</c>, <c>standfirst</c> or <c>body</c>.</param>
/// <param name="Start">Where the field starts in <see cref="Article.Text"/>.</param>
/// <param name="Length">The field's length in <see cref="Article.Text"/>.</param>
public sealed record ArticleField(string Name, int Start, int Length)
{
    /// <summary>The name of the headline field.</summary>
    public const string Headline = "headline";

    /// <summary>The name of the standfirst field.</summary>
    public const string Standfirst = "standfirst";

    /// <summary>The name of the body field.</summary>
    public const string Body = "body";

    /// <summary>
    /// For a CMS JSON field, maps offsets within the field (0 is <see cref="Start"/>) to offsets
    /// within the field's decoded JSON string value, as a client that sent it counts them; null
    /// for other formats. Identity unless the body was Markdown or HTML.
    /// </summary>
    public SourceMap? ValueMap { get; init; }

    /// <summary>For a CMS JSON field, its value as sent, where it stands in the source, and its comments; null for other formats.</summary>
    public FieldValue? Value { get; init; }

    /// <summary>The offset just after the field in <see cref="Article.Text"/>.</summary>
    public int End => Start + Length;

    /// <summary>True when the text offset lies inside the field.</summary>
    /// <param name="textOffset">An offset in <see cref="Article.Text"/>.</param>
    public bool Contains(int textOffset) => textOffset >= Start && textOffset < End;
}
