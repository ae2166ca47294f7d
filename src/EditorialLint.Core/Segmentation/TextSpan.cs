namespace EditorialLint.Core.Segmentation;

/// <summary>A span of the text the rules see.</summary>
/// <param name="Start">Start offset in UTF-16 units.</param>
/// <param name="Length">Length in UTF-16 units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
}
