using System.Text.RegularExpressions;

namespace EditorialLint.Rules.Matching;

/// <summary>A compiled pattern of some rule.</summary>
/// <param name="RuleId">The rule the pattern belongs to.</param>
/// <param name="Regex">The compiled expression (non-backtracking where it can be, else with a timeout).</param>
/// <param name="Anchor">Where a hit must stand.</param>
/// <param name="Replacement">For substitutions, the replacement (with $1-style groups), or null.</param>
/// <param name="Detail">Free detail for the message.</param>
public sealed record PatternEntry(string RuleId, Regex Regex, Anchor Anchor, string? Replacement = null, string Detail = "");
