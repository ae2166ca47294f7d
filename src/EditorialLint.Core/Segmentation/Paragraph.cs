namespace EditorialLint.Core.Segmentation;

/// <summary>A block of text between blank lines (a fact the rules can match).</summary>
public sealed class Paragraph
{
    // The paragraph's own string, once made (or as given); else the article it is part of.
    private string? _text;
    private readonly string? _article;

    /// <summary>Creates a paragraph.</summary>
    public Paragraph(int index, int start, int length, string text, bool isHeadline, bool isLast, int lineCount)
        : this(index, start, length, isHeadline, isLast, lineCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>Creates a paragraph of <paramref name="article"/>, whose text is made into a string of its own only when asked for.</summary>
    internal Paragraph(string article, int index, int start, int length, bool isHeadline, bool isLast, int lineCount)
        : this(index, start, length, isHeadline, isLast, lineCount) => _article = article;

    private Paragraph(int index, int start, int length, bool isHeadline, bool isLast, int lineCount)
    {
        Index = index;
        Start = start;
        Length = length;
        IsHeadline = isHeadline;
        IsLast = isLast;
        LineCount = lineCount;
    }

    /// <summary>0-based position among the article's paragraphs.</summary>
    public int Index { get; }

    /// <summary>Start offset.</summary>
    public int Start { get; }

    /// <summary>Length, without the trailing blank.</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The paragraph's text.</summary>
    public string Text => _text ??= _article!.Substring(Start, Length);

    /// <summary>The paragraph's characters, read in place: no string is made of them.</summary>
    public ReadOnlySpan<char> Span => _text is { } text ? text.AsSpan() : _article.AsSpan(Start, Length);

    /// <summary>Whether this is the article's headline.</summary>
    public bool IsHeadline { get; }

    /// <summary>Whether this is the last paragraph of the article.</summary>
    public bool IsLast { get; }

    /// <summary>Whether the paragraph opens with a quotation mark (a quotation continued from the paragraph before may).</summary>
    public bool StartsWithQuote => Span is [ '\u201C' or '"' or '\u2018' or '\u00AB', ..];

    /// <summary>How many lines the paragraph spans.</summary>
    public int LineCount { get; }

    /// <inheritdoc />
    public override string ToString() => $"Paragraph {Index} [{Start}..{End})";
}
