namespace EditorialLint.Rules.Officials;

/// <summary>What a phrase read leftwards from a name is to the title vocabulary.</summary>
public enum TitleFit
{
    /// <summary>No title ends with the phrase, so no longer phrase ending with it is a title either.</summary>
    None,

    /// <summary>Not a title, but the last words of one ("secretary" of "press secretary").</summary>
    Ending,

    /// <summary>A title.</summary>
    Title,
}
