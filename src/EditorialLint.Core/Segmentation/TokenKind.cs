namespace EditorialLint.Core.Segmentation;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes, hyphens and dots (U.S, don't, pro-Western).</summary>
    Word,

    /// <summary>Digits with inner separators (3.5, 100,000, 10:30).</summary>
    Number,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
