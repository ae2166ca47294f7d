namespace EditorialLint.Core.Segmentation;

/// <summary>A block of text between blank lines (a fact the rules can match).</summary>
public sealed class Paragraph
{
    /// <summary>Creates a paragraph.</summary>
    public Paragraph(int index, int start, int length, string text, bool isHeadline, bool isLast, int lineCount)
    {
        Index = index;
        Start = start;
        Length = length;
        Text = text;
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
    public string Text { get; }

    /// <summary>Whether this is the article's headline.</summary>
    public bool IsHeadline { get; }

    /// <summary>Whether this is the last paragraph of the article.</summary>
    public bool IsLast { get; }

    /// <summary>Whether the paragraph opens with a quotation mark (a quotation continued from the paragraph before may).</summary>
    public bool StartsWithQuote => Text.Length > 0 && Text[0] is '\u201C' or '"' or '\u2018' or '\u00AB';

    /// <summary>How many lines the paragraph spans.</summary>
    public int LineCount { get; }

    /// <inheritdoc />
    public override string ToString() => $"Paragraph {Index} [{Start}..{End})";
}
