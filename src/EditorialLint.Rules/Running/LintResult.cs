using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Rules.Running;

/// <summary>What linting one article gave: its diagnostics, sorted, and any pattern that timed out.</summary>
/// <param name="Article">The article.</param>
/// <param name="Diagnostics">Diagnostics sorted by offset, then rule id.</param>
/// <param name="Timeouts">Rules whose pattern ran past its time limit on this article.</param>
public sealed record LintResult(Article Article, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Timeouts);
