using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Policy;

/// <summary>
/// A configured severity for a rule id or a whole category; <see cref="Severity"/> null means
/// <c>none</c>: the rule is off.
/// </summary>
/// <param name="Target">A rule id (EDL0301) or a category (machine-translation).</param>
/// <param name="Severity">The severity to report with, or null to turn the rule off.</param>
public sealed record SeverityOverride(string Target, Severity? Severity);
