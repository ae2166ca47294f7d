using System.Text.RegularExpressions;

namespace EditorialLint.Rules.Matching;

/// <summary>A compiled pattern of some rule.</summary>
/// <remarks>
/// A pattern whose code was generated when the tool was built (<see cref="ShippedPatterns"/>) is known
/// to be valid and runs on that code, so its <see cref="Regex"/> is made only if something asks for
/// it: start-up then parses none of the shipped rules' patterns.
/// </remarks>
public sealed record PatternEntry
{
    private Regex? _regex;

    /// <summary>An entry for <paramref name="regex"/>.</summary>
    /// <param name="ruleId">The rule the pattern belongs to.</param>
    /// <param name="regex">The compiled expression (non-backtracking where it can be, else with a timeout).</param>
    /// <param name="anchor">Where a hit must stand.</param>
    /// <param name="replacement">For substitutions, the replacement (with $1-style groups), or null.</param>
    /// <param name="detail">Free detail for the message.</param>
    public PatternEntry(string ruleId, Regex regex, Anchor anchor, string? replacement = null, string detail = "")
        : this(ruleId, regex.ToString(), regex.Options, regex.MatchTimeout, anchor, replacement, detail) => _regex = regex;

    private PatternEntry(string ruleId, string pattern, RegexOptions options, TimeSpan timeout, Anchor anchor, string? replacement, string detail)
    {
        RuleId = ruleId;
        Pattern = pattern;
        Options = options;
        Timeout = timeout;
        Anchor = anchor;
        Replacement = replacement;
        Detail = detail;
    }

    /// <summary>
    /// An entry for a pattern known to be valid (its code was generated at build time): its
    /// <see cref="Regex"/> is made when first asked for, not now.
    /// </summary>
    internal static PatternEntry Known(string ruleId, string pattern, RegexOptions options, TimeSpan timeout, Anchor anchor,
        string? replacement) => new(ruleId, pattern, options, timeout, anchor, replacement, "");

    /// <summary>The rule the pattern belongs to.</summary>
    public string RuleId { get; init; }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Its options.</summary>
    public RegexOptions Options { get; }

    /// <summary>How long one match call may take on the engine the pattern first runs on.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The compiled expression (non-backtracking where it can be, else with a timeout).</summary>
    public Regex Regex => _regex ??= new Regex(Pattern, Options, Timeout);

    /// <summary>Where a hit must stand.</summary>
    public Anchor Anchor { get; init; }

    /// <summary>For substitutions, the replacement (with $1-style groups), or null.</summary>
    public string? Replacement { get; init; }

    /// <summary>Free detail for the message.</summary>
    public string Detail { get; init; }

    /// <summary>Equal when every part is, however the pattern is (or is not yet) compiled.</summary>
    public bool Equals(PatternEntry? other) =>
        other is not null && RuleId == other.RuleId && Pattern == other.Pattern && Options == other.Options && Timeout == other.Timeout
        && Anchor == other.Anchor && Replacement == other.Replacement && Detail == other.Detail;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Pattern, Options, Timeout, Anchor, Replacement, Detail);
}
