using System.Text;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Cli.Authoring;

/// <summary>
/// One rule's documentation page, <c>docs/rules/ID.md</c>: what the rule's YAML says (title, id,
/// category, severity, kind, message, description, pack) and what the rule does with each of its
/// examples, as the linter reports it today, with the fixed text.
/// </summary>
public static class RulePage
{
    /// <summary>
    /// Renders the page of <paramref name="rule"/>: <paramref name="packName"/> names its pack file as the
    /// repository does, <paramref name="packLink"/> leads there from the page.
    /// </summary>
    public static string Render(RuleSpec rule, IReadOnlyList<ExampleOutcome> outcomes, string packName, string packLink)
    {
        var sb = new StringBuilder();
        sb.Append($"<!-- Generated from {packName} by 'editorial-lint rules docs'. Edit the rule there, then run the command again. -->\n");
        sb.Append($"# {rule.Id}: {rule.Title}\n\n");
        sb.Append("| Id | Category | Severity | Kind | Fix |\n");
        sb.Append("| --- | --- | --- | --- | --- |\n");
        var fix = outcomes.Any(o => o.Example.IsBad && o.HasFix) ? "yes" : "no";
        sb.Append($"| {rule.Id} | {rule.Category} | {rule.Severity.ToName()} | {rule.Kind} | {fix} |\n\n");
        sb.Append($"Defined in [{packName}]({packLink}).\n\n");

        sb.Append("## Message\n\n");
        sb.Append(Markdown.Code(rule.Message)).Append("\n\n");
        if (rule.Description.Trim().Length > 0)
        {
            sb.Append("## Description\n\n");
            sb.Append(rule.Description.Trim().Replace("\r", "", StringComparison.Ordinal)).Append("\n\n");
        }

        sb.Append("## Examples\n");
        var number = 0;
        foreach (var outcome in outcomes)
        {
            number++;
            sb.Append('\n');
            Example(sb, number, outcome);
        }

        return sb.ToString();
    }

    private static void Example(StringBuilder sb, int number, ExampleOutcome outcome)
    {
        var example = outcome.Example;
        sb.Append($"### Example {number}: {(example.IsBad ? "reported" : "not reported")}\n\n");
        sb.Append(Markdown.Fence(example.Text)).Append('\n');
        if (outcome.Findings.Count == 0)
        {
            sb.Append(example.IsBad
                ? $"Nothing is reported yet, though the example expects {string.Join(", ", example.Expect.Select(Markdown.Code))}.\n"
                : "Nothing is reported.\n");
            return;
        }

        sb.Append(example.IsBad ? "Reported:\n\n" : "Reported, though the example expects nothing:\n\n");
        foreach (var finding in outcome.Findings)
            sb.Append($"- {Markdown.Code(outcome.Span(finding))}: {finding.Message}\n");
        sb.Append('\n');
        if (outcome.FixedText is { } fixedText)
        {
            sb.Append("Fixed:\n\n");
            sb.Append(Markdown.Fence(fixedText));
        }
        else
        {
            sb.Append("No automatic fix: the editor rewrites the text.\n");
        }
    }
}
