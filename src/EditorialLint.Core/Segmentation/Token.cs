namespace EditorialLint.Core.Segmentation;

/// <summary>A token of the text; whitespace is not tokenised.</summary>
/// <param name="Start">Start offset.</param>
/// <param name="Length">Length in UTF-16 units.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The token's text.</summary>
    public string TextOf(string text) => text.Substring(Start, Length);

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> SpanOf(string text) => text.AsSpan(Start, Length);
}
