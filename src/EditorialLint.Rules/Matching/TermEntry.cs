namespace EditorialLint.Rules.Matching;

/// <summary>A literal term of some rule, with what a hit of it means.</summary>
/// <param name="RuleId">The rule the term belongs to.</param>
/// <param name="Term">The term as written.</param>
/// <param name="IgnoreCase">Whether case is ignored.</param>
/// <param name="Anchor">Where it must stand.</param>
/// <param name="Replacement">For substitutions, the right form.</param>
/// <param name="Group">For consistency, the variant group.</param>
/// <param name="Variant">For consistency, the variant's own spelling.</param>
/// <param name="Detail">Free detail for the message.</param>
public sealed record TermEntry(string RuleId, string Term, bool IgnoreCase, Anchor Anchor,
    string? Replacement = null, int Group = 0, string Variant = "", string Detail = "");
