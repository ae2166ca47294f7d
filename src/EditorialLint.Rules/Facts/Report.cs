using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Rules.Facts;

/// <summary>What a rule's action inserts to report a problem; the linter turns reports into findings.</summary>
public sealed class Report
{
    /// <summary>Creates a report.</summary>
    public Report(string ruleId, int start, int length, IReadOnlyDictionary<string, string> values, IReadOnlyList<Fix> fixes)
    {
        RuleId = ruleId;
        Start = start;
        Length = length;
        Values = values;
        Fixes = fixes;
    }

    /// <summary>The reporting rule.</summary>
    public string RuleId { get; }

    /// <summary>Start offset in the article text.</summary>
    public int Start { get; }

    /// <summary>Length.</summary>
    public int Length { get; }

    /// <summary>Values for the message placeholders (<c>match</c> is filled by the linter).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Replacements in article-text coordinates.</summary>
    public IReadOnlyList<Fix> Fixes { get; }
}
