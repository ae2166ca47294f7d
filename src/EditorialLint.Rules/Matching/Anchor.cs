namespace EditorialLint.Rules.Matching;

/// <summary>Where a term or pattern must stand for its hit to count.</summary>
public enum Anchor
{
    /// <summary>Anywhere (at word boundaries for terms).</summary>
    None,

    /// <summary>The hit is a whole line, ignoring surrounding spaces.</summary>
    Line,

    /// <summary>The hit starts a line.</summary>
    LineStart,

    /// <summary>The hit is in the article's first paragraph.</summary>
    ArticleStart,

    /// <summary>The hit is in the article's last paragraph.</summary>
    ArticleEnd,
}
