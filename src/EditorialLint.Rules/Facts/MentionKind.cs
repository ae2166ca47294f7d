namespace EditorialLint.Rules.Facts;

/// <summary>How a name in the text relates to the official it resembles.</summary>
public enum MentionKind
{
    /// <summary>Spelled as the registry has it (canonical or an accepted alternative).</summary>
    Correct,

    /// <summary>A listed misspelling, or a near miss that context ties to the official.</summary>
    Misspelled,

    /// <summary>A near miss with no context to confirm it: a warning naming the candidate.</summary>
    NearMiss,
}
