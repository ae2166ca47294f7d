namespace EditorialLint.Rules.Matching;

/// <summary>The word classes the English lexicon records for a word.</summary>
[Flags]
public enum WordClass
{
    /// <summary>Not in the lexicon.</summary>
    None = 0,

    /// <summary>Noun.</summary>
    Noun = 1,

    /// <summary>Verb (any inflected form).</summary>
    Verb = 2,

    /// <summary>Adjective.</summary>
    Adjective = 4,

    /// <summary>Adverb.</summary>
    Adverb = 8,

    /// <summary>Function word: article, preposition, conjunction, pronoun, auxiliary, determiner.</summary>
    Function = 16,

    /// <summary>Also written capitalised as a proper noun (Bill, May, Turkey).</summary>
    Proper = 32,

    /// <summary>A common word of no recorded class.</summary>
    Other = 64,
}
