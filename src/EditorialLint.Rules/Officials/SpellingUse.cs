using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;

namespace EditorialLint.Rules.Officials;

/// <summary>
/// A spelling of an official's surname that the article uses (a fact a consistency rule derives
/// from a mention whose surname is right), so that one rule decides what counts as a use and
/// another compares the uses.
/// </summary>
public sealed class SpellingUse
{
    /// <summary>Creates the fact.</summary>
    public SpellingUse(string ruleId, Mention mention)
    {
        RuleId = ruleId;
        OfficialId = mention.OfficialId;
        Spelling = mention.Variant;
        Key = mention.VariantKey;
        Length = mention.Variant.Length;
        Start = mention.End - Length;
    }

    /// <summary>The consistency rule that derived it.</summary>
    public string RuleId { get; }

    /// <summary>Whose surname it is.</summary>
    public int OfficialId { get; }

    /// <summary>Start of the surname in the text.</summary>
    public int Start { get; }

    /// <summary>Length of the surname.</summary>
    public int Length { get; }

    /// <summary>The surname as written (Zelenskyy).</summary>
    public string Spelling { get; }

    /// <summary>The folded key spellings of one name share (Zelensky, Zelenskyy, Zelenskiy).</summary>
    public string Key { get; }
}
