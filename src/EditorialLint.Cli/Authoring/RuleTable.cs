using System.Text;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Cli.Authoring;

/// <summary>
/// The README's rule table, between <c>&lt;!-- rules:start --&gt;</c> and <c>&lt;!-- rules:end --&gt;</c>:
/// one row per rule, linking to its page. Only the text between the markers is ever replaced.
/// </summary>
public static class RuleTable
{
    /// <summary>The marker before the table.</summary>
    public const string StartMarker = "<!-- rules:start -->";

    /// <summary>The marker after the table.</summary>
    public const string EndMarker = "<!-- rules:end -->";

    /// <summary>The table, one row per rule in id order; <paramref name="pageLink"/> gives the link to a rule's page.</summary>
    public static string Render(IEnumerable<(RuleSpec Rule, bool HasFix)> rules, Func<string, string> pageLink)
    {
        var sb = new StringBuilder();
        sb.Append("<!-- Generated from the rule packs by 'editorial-lint rules docs'; edit the rules, then run the command again. -->\n");
        sb.Append("| Id | Title | Category | Severity | Fix |\n");
        sb.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var (rule, hasFix) in rules.OrderBy(r => r.Rule.Id, StringComparer.Ordinal))
        {
            sb.Append($"| [{rule.Id}]({pageLink(rule.Id)}) | {Markdown.Cell(rule.Title)} | {rule.Category} | ")
                .Append($"{rule.Severity.ToName()} | {(hasFix ? "yes" : "no")} |\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="readme"/> with <paramref name="table"/> between the markers. Without markers, they
    /// are added at the end under a heading "## Rules"; a marker without its partner is refused.
    /// </summary>
    public static string Splice(string readme, string table)
    {
        var start = readme.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 && end < 0)
        {
            var body = readme.Length == 0 || readme.EndsWith('\n') ? readme : readme + "\n";
            return $"{body}\n## Rules\n\n{StartMarker}\n{table}{EndMarker}\n";
        }

        if (start < 0 || end < start)
            throw new FormatException($"the rule table's markers are out of order: '{StartMarker}' must come once, before '{EndMarker}'");
        if (readme.IndexOf(StartMarker, start + StartMarker.Length, StringComparison.Ordinal) >= 0)
            throw new FormatException($"'{StartMarker}' appears twice; keep one pair of markers");
        var before = readme[..(start + StartMarker.Length)];
        return before + "\n" + table + readme[end..];
    }
}
