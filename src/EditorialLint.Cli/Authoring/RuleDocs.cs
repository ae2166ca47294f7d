using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Authoring;

/// <summary>
/// The documentation generated from a rule set: one page per rule and the README's rule table.
/// Built in memory, so that <c>rules docs</c> writes it and a test compares it with what is committed.
/// </summary>
public sealed class RuleDocs
{
    private RuleDocs(IReadOnlyDictionary<string, string> pages, string table)
    {
        Pages = pages;
        Table = table;
    }

    /// <summary>The pages by file name (<c>EDL0101.md</c>), in id order.</summary>
    public IReadOnlyDictionary<string, string> Pages { get; }

    /// <summary>The README's rule table (the text between the markers).</summary>
    public string Table { get; }

    /// <summary>Documents every rule of <paramref name="rules"/>, running each example to show what it reports.</summary>
    public static RuleDocs Build(CompiledRuleSet rules, DocsLayout layout)
    {
        var linter = new ArticleLinter(rules);
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(RuleSpec, bool)>();
        var readmeFolder = Path.GetDirectoryName(layout.ReadmePath) ?? ".";
        foreach (var rule in rules.Specs.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var outcomes = rule.Examples.Select(e => new ExampleOutcome(e,
                linter.FindAll(e.Text, "example", out _).Where(f => f.RuleId == rule.Id).ToList())).ToList();
            // Shipped packs are named relative to the repository (the README's folder); others relative to here.
            var packFile = rule.Pack.Source == RuleSource.Shipped
                ? Path.Combine(readmeFolder, rule.File)
                : Path.GetFullPath(rule.File);
            pages[rule.Id + ".md"] = RulePage.Render(rule, outcomes,
                DocsLayout.Link(readmeFolder, packFile), DocsLayout.Link(layout.OutDirectory, packFile));
            rows.Add((rule, outcomes.Any(o => o.Example.IsBad && o.HasFix)));
        }

        var table = RuleTable.Render(rows, id => DocsLayout.Link(readmeFolder, Path.Combine(layout.OutDirectory, id + ".md")));
        return new RuleDocs(pages, table);
    }
}
