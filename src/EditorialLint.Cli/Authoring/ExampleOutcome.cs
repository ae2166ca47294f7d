using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Cli.Authoring;

/// <summary>What a rule does with one of its examples: what it reports there, and the text once its fixes are applied.</summary>
/// <param name="Example">The example as written.</param>
/// <param name="Findings">The rule's own findings on the example's text.</param>
public sealed record ExampleOutcome(RuleExample Example, IReadOnlyList<Finding> Findings)
{
    /// <summary>Whether any finding carries a fix.</summary>
    public bool HasFix => Findings.Any(f => f.Fixes.Count > 0);

    /// <summary>The example's text with every fix applied; null when nothing is fixed.</summary>
    public string? FixedText => HasFix ? FixApplier.Apply(Example.Text, Findings.SelectMany(f => f.Fixes)).Text : null;

    /// <summary>The reported text of <paramref name="finding"/>.</summary>
    public string Span(Finding finding) => Example.Text.Substring(finding.Start, finding.Length);
}
