namespace EditorialLint.Rules.Facts;

/// <summary>A rule's pattern ran past its time limit on this article; the run goes on without it.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Pattern">The pattern that timed out.</param>
public sealed record PatternTimeout(string RuleId, string Pattern);
