using EditorialLint.Cli.Authoring;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Cli.Tests.Authoring;

/// <summary>
/// The committed documentation of the shipped rules, docs/rules/*.md and the README's rule table,
/// regenerated in memory and compared: it fails whenever a rule changes and the docs were not rebuilt.
/// </summary>
public class ShippedRuleDocsTests
{
    private static readonly CompiledRuleSet Shipped = RuleSetCompiler.Load([RuleSource.Shipped]);

    private static readonly DocsLayout Layout = DocsLayout.AtRoot(RepositoryRoot.Path);

    [Fact]
    public void CommittedDocs_AreWhatTheRulesGenerate()
    {
        var changes = DocsPlan.Compare(RuleDocs.Build(Shipped, Layout), Layout);

        var stale = changes.Select(c => DocsLayout.Link(RepositoryRoot.Path, c.Path) + (c.IsDelete ? " (its rule is gone)" : ""));
        Assert.True(changes.Count == 0,
            $"The rule documentation is stale: {string.Join(", ", stale)}.\n"
            + $"Run `{DocsLayout.Command}` from the repository root and commit docs/rules and README.md.");
    }

    /// <summary>Every rule walked, as Meziantou.Analyzer's tests walk every analyzer: an id of its own, a page, a bad and a good example.</summary>
    [Fact]
    public void EveryShippedRule_HasAUniqueIdAPageAndBothKindsOfExample()
    {
        var problems = new List<string>();
        foreach (var group in Shipped.Specs.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"{group.Key} is used {group.Count()} times");
        foreach (var rule in Shipped.Specs)
        {
            if (!File.Exists(Path.Combine(Layout.OutDirectory, rule.Id + ".md"))) problems.Add($"{rule.Id} has no docs/rules/{rule.Id}.md");
            if (!rule.Examples.Any(e => e.IsBad)) problems.Add($"{rule.Id} ({rule.File}:{rule.Line}) has no 'bad' example");
            if (!rule.Examples.Any(e => !e.IsBad)) problems.Add($"{rule.Id} ({rule.File}:{rule.Line}) has no 'good' example");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
