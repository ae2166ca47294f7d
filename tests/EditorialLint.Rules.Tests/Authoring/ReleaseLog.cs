using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Authoring;

/// <summary>
/// rules/RELEASES.md read as Roslyn reads AnalyzerReleases.Shipped.md and .Unshipped.md: under each
/// "## Release x.y.z" and under "## Unshipped", table rows of Rule ID | Category | Severity | Notes.
/// </summary>
internal sealed class ReleaseLog
{
    public const string Unshipped = "Unshipped";

    private ReleaseLog(List<string> sections, List<ReleaseRow> rows, List<string> problems)
    {
        Sections = sections;
        Rows = rows;
        Problems = problems;
    }

    /// <summary>The section names in order: "Release 1.0.0", …, "Unshipped".</summary>
    public IReadOnlyList<string> Sections { get; }

    /// <summary>Every rule row.</summary>
    public IReadOnlyList<ReleaseRow> Rows { get; }

    /// <summary>What is malformed in the file itself.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static ReleaseLog Parse(string text)
    {
        var sections = new List<string>();
        var rows = new List<ReleaseRow>();
        var problems = new List<string>();
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var name = line[3..].Trim();
                if (name != Unshipped && !System.Text.RegularExpressions.Regex.IsMatch(name, "^Release [0-9]+\\.[0-9]+\\.[0-9]+$"))
                    problems.Add($"line {i + 1}: '## {name}' is neither '## Release x.y.z' nor '## {Unshipped}'");
                sections.Add(name);
                continue;
            }

            if (!line.Contains('|', StringComparison.Ordinal)) continue;
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells[0] == "Rule ID" || cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':'))) continue;
            if (sections.Count == 0)
            {
                problems.Add($"line {i + 1}: a rule row before any '## Release' or '## {Unshipped}' heading");
                continue;
            }

            if (cells.Length < 3)
            {
                problems.Add($"line {i + 1}: a row needs Rule ID | Category | Severity | Notes");
                continue;
            }

            rows.Add(new ReleaseRow(cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : "", sections[^1], i + 1));
        }

        return new ReleaseLog(sections, rows, problems);
    }

    /// <summary>
    /// Everything that does not match <paramref name="rules"/>: a rule missing or listed twice, a
    /// category or severity that is not the rule's, a row for a rule that does not exist.
    /// </summary>
    public IReadOnlyList<string> Check(IEnumerable<RuleSpec> rules)
    {
        var problems = new List<string>(Problems);
        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var group in Rows.GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            if (!byId.TryGetValue(group.Key, out var rule))
            {
                problems.Add($"line {first.Line}: {group.Key} is not a rule; remove the row");
                continue;
            }

            if (group.Count() > 1)
                problems.Add($"{group.Key} is listed {group.Count()} times (lines {string.Join(", ", group.Select(r => r.Line))}); keep one row");
            if (first.Category != rule.Category || first.Severity != rule.Severity.ToName())
                problems.Add($"line {first.Line}: {group.Key} is {rule.Category} | {rule.Severity.ToName()} now, not {first.Category} | {first.Severity}; update the row and say why in Notes");
        }

        foreach (var rule in byId.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Where(r => !Rows.Any(row => row.Id == r.Id)))
            problems.Add($"{rule.Id} is missing; add under '## {Unshipped}': | {rule.Id} | {rule.Category} | {rule.Severity.ToName()} | {rule.Title} |");
        return problems;
    }
}
