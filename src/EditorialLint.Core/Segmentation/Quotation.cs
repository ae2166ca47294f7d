namespace EditorialLint.Core.Segmentation;

/// <summary>A quoted passage, from its opening mark to its closing mark (a fact the rules can match).</summary>
public sealed class Quotation
{
    /// <summary>Creates a quotation.</summary>
    public Quotation(int paragraphIndex, int start, int length, char open, char close, int depth, bool isClosed)
    {
        ParagraphIndex = paragraphIndex;
        Start = start;
        Length = length;
        Open = open;
        Close = close;
        Depth = depth;
        IsClosed = isClosed;
    }

    /// <summary>The paragraph it opens in.</summary>
    public int ParagraphIndex { get; }

    /// <summary>Offset of the opening mark.</summary>
    public int Start { get; }

    /// <summary>Length including both marks (to the paragraph end when unclosed).</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The opening mark, or <c>'\0'</c> for a closing mark that nothing opened (then <see cref="Length"/> is 1).</summary>
    public char Open { get; }

    /// <summary>The closing mark, or <c>'\0'</c> when the quotation is not closed in its paragraph.</summary>
    public char Close { get; }

    /// <summary>Nesting depth: 0 for an outer quotation, 1 for a quotation inside it.</summary>
    public int Depth { get; }

    /// <summary>Whether it starts with an opening mark; false for a closing mark that nothing opened.</summary>
    public bool IsOpening => Open != '\0';

    /// <summary>Whether a matching closing mark was found in the paragraph.</summary>
    public bool IsClosed { get; }
}
