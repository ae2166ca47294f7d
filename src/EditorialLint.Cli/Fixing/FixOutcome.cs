using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Fixing;

/// <summary>What fixing one article gave.</summary>
/// <param name="Original">The article as read.</param>
/// <param name="Fixed">The article after the last pass; the same instance as <paramref name="Original"/> when nothing applied.</param>
/// <param name="Remaining">The diagnostics of <paramref name="Fixed"/> at or above the minimum severity, sorted.</param>
/// <param name="Applied">How many fixes were applied over all passes.</param>
/// <param name="Notes">Fixes left alone and why, one line each.</param>
/// <param name="Timeouts">Rules whose pattern ran past its time limit in any pass.</param>
public sealed record FixOutcome(
    Article Original,
    Article Fixed,
    IReadOnlyList<Diagnostic> Remaining,
    int Applied,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Timeouts)
{
    /// <summary>Whether the text changed.</summary>
    public bool Changed => !string.Equals(Original.Source.Text, Fixed.Source.Text, StringComparison.Ordinal);
}
