using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Authoring;

/// <summary>rules/RELEASES.md, the rule release log, against the shipped rules.</summary>
public class RuleReleasesTests
{
    private const string LogFile = "rules/RELEASES.md";

    private static readonly IReadOnlyList<RuleSpec> Shipped = RuleSource.Shipped.PackFiles()
        .SelectMany(f => RulePackReader.Read(RuleSource.Shipped, f).Rules).ToList();

    [Fact]
    public void ReleaseLog_ListsEveryShippedRuleOnce_WithItsCategoryAndSeverity()
    {
        var log = ReleaseLog.Parse(File.ReadAllText(RepositoryRoot.File(LogFile)));
        var problems = log.Check(Shipped);
        Assert.True(problems.Count == 0, $"{LogFile} is out of step with rules/*.rules.yaml:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void ReleaseLog_HasTheFirstReleaseAndAnUnshippedSection_Last()
    {
        var log = ReleaseLog.Parse(File.ReadAllText(RepositoryRoot.File(LogFile)));
        Assert.Contains("Release 1.0.0", log.Sections);
        Assert.Equal(ReleaseLog.Unshipped, log.Sections[^1]);
        Assert.Single(log.Sections, s => s == ReleaseLog.Unshipped);
    }

    [Fact]
    public void Check_FindsMissingDuplicateChangedAndUnknownRows()
    {
        var rules = RulePackReader.Parse(RuleSource.FromPath(Path.GetTempPath()), "x.rules.yaml", """
            rules:
              - { id: TST001, title: One, category: style, severity: error, kind: existence, message: m, terms: [x], examples: [{good: a}] }
              - { id: TST002, title: Two, category: style, severity: warning, kind: existence, message: m, terms: [x], examples: [{good: a}] }
              - { id: TST003, title: Three, category: punctuation, kind: existence, message: m, terms: [x], examples: [{good: a}] }
              - { id: TST004, title: Four, category: style, kind: existence, message: m, terms: [x], examples: [{good: a}] }
            """).Rules;
        var log = ReleaseLog.Parse("""
            # Rule releases

            ## Release 1.0.0

            Rule ID | Category | Severity | Notes
            --------|----------|----------|------
            TST001  | style    | error    | One

            ## Unshipped

            | Rule ID | Category | Severity | Notes |
            | --- | --- | --- | --- |
            | TST002 | style | error | Two |
            | TST003 | punctuation | warning | Three |
            | TST003 | punctuation | warning | Three again |
            | TST999 | style | warning | Gone |
            """);

        var problems = log.Check(rules);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("line 13: TST002 is style | warning now, not style | error", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TST003 is listed 2 times (lines 14, 15)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("line 16: TST999 is not a rule", StringComparison.Ordinal));
        Assert.Contains("TST004 is missing; add under '## Unshipped': | TST004 | style | warning | Four |", problems);
    }

    [Fact]
    public void Parse_RowOutsideASection_OrAnUnknownHeading_IsAProblem()
    {
        var log = ReleaseLog.Parse("""
            | TST001 | style | error | One |

            ## Released soon
            """);

        Assert.Equal(["line 1: a rule row before any '## Release' or '## Unshipped' heading",
            "line 3: '## Released soon' is neither '## Release x.y.z' nor '## Unshipped'"], log.Problems);
    }
}
