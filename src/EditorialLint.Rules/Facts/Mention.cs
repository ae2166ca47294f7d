using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Facts;

/// <summary>A name in the text that the name index tied to a registered official (a fact).</summary>
public sealed class Mention
{
    /// <summary>Creates a mention.</summary>
    public Mention(Official official, int start, int length, string text, MentionKind kind, string expected, string variant, bool isSurnameOnly)
    {
        Official = official;
        OfficialId = official.Id;
        Start = start;
        Length = length;
        Text = text;
        Kind = kind;
        Expected = expected;
        Variant = variant;
        VariantKey = variant.Length == 0 ? "" : NameSpelling.Fold(variant);
        IsSurnameOnly = isSurnameOnly;
    }

    /// <summary>The official.</summary>
    public Official Official { get; }

    /// <summary>The official's registry id.</summary>
    public int OfficialId { get; }

    /// <summary>Start offset.</summary>
    public int Start { get; }

    /// <summary>Length.</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The name as written.</summary>
    public string Text { get; }

    /// <summary>How it relates to the official.</summary>
    public MentionKind Kind { get; }

    /// <summary>The correct spelling of what was written (full name or surname).</summary>
    public string Expected { get; }

    /// <summary>The surname as written, for consistency; empty when the surname itself is misspelled.</summary>
    public string Variant { get; }

    /// <summary>The variant's folded key: spellings of one name share it (Zelensky, Zelenskyy, Zelenskiy).</summary>
    public string VariantKey { get; }

    /// <summary>Whether only the surname was written.</summary>
    public bool IsSurnameOnly { get; }

    /// <summary>
    /// Whether a near miss is worth a warning on its own: a long surname with one candidate. Others
    /// are reported only when the article backs them (the official named earlier, a fitting title).
    /// </summary>
    public bool Confident { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"Mention {Kind} {Text} -> {Expected}";
}
