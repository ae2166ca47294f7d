namespace EditorialLint.Rules.Facts;

/// <summary>A hit of a rule's term, pattern or scanner in the article (a fact the matchers insert).</summary>
public sealed class Match
{
    /// <summary>Creates a match.</summary>
    public Match(string ruleId, int start, int length, string text)
    {
        RuleId = ruleId;
        Start = start;
        Length = length;
        Text = text;
    }

    /// <summary>The rule whose term or pattern matched.</summary>
    public string RuleId { get; }

    /// <summary>Start offset in the article text.</summary>
    public int Start { get; }

    /// <summary>Length.</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The matched text.</summary>
    public string Text { get; }

    /// <summary>Paragraph the match starts in.</summary>
    public int ParagraphIndex { get; init; }

    /// <summary>Sentence the match starts in, or -1.</summary>
    public int SentenceIndex { get; init; } = -1;

    /// <summary>Whether the match lies in the headline.</summary>
    public bool InHeadline { get; init; }

    /// <summary>The replacement a substitution offers, or null.</summary>
    public string? Replacement { get; init; }

    /// <summary>For consistency rules, the variant group the term belongs to.</summary>
    public int Group { get; init; }

    /// <summary>For consistency rules, the variant's canonical form (its spelling in the rule).</summary>
    public string Variant { get; init; } = "";

    /// <summary>Free detail for the message (e.g. the intended phrase).</summary>
    public string Detail { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"Match {RuleId} [{Start}..{End}) '{Text}'";
}
