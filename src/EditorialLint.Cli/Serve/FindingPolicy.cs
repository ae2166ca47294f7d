using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Policy;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// The policy stage for the hook, applied to findings before they are placed in their fields:
/// configured severities (<c>none</c> drops a rule), the CMS <c>suppressions</c> field and inline
/// <c>editorial-lint-disable</c> markers, and the minimum severity.
/// </summary>
internal static class FindingPolicy
{
    public static List<Finding> Apply(LintPolicy policy, Article article, IReadOnlyList<Finding> findings)
    {
        var suppressions = SuppressionReader.Read(article);
        var kept = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (policy.SeverityOf(finding.RuleId, finding.Category, finding.Severity) is not { } severity) continue;
            if (severity < policy.MinimumSeverity) continue;
            // Suppressions count in the request's own text, where their markers stand.
            var offset = article.Map.ToSource(finding.Start, finding.Length).Start;
            if (suppressions.Any(s => s.Covers(finding.RuleId, offset))) continue;
            kept.Add(severity == finding.Severity ? finding : finding with { Severity = severity });
        }

        return kept;
    }
}
