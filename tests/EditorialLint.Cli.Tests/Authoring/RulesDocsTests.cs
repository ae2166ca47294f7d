using EditorialLint.Cli.Authoring;

namespace EditorialLint.Cli.Tests.Authoring;

/// <summary><c>rules docs</c> on a pack of its own: the pages, the README's table, and keeping both current.</summary>
public class RulesDocsTests
{
    private const string Pack = """
        pack: house
        rules:
          - id: HSE0001
            title: Buzzword | jargon
            category: style
            severity: suggestion
            kind: substitution
            message: "Write '{expected}', not '{match}'"
            description: >
              Corporate jargon hides what happened.
            swap:
              synergy: cooperation
            examples:
              - bad: "The merger promises synergy across desks."
                expect: ["synergy"]
                fixed: "The merger promises cooperation across desks."
              - good: "The merger promises cooperation across desks."

          - id: HSE0002
            title: Placeholder left in copy
            category: scraper-artifact
            severity: error
            kind: existence
            message: "'{match}' is a placeholder; delete it"
            terms: [lorem ipsum]
            examples:
              - bad: "Lorem ipsum\n\nThe talks ended."
                expect: ["Lorem ipsum"]
              - good: "The talks ended."
        """;

    private const string Readme = "# House rules\n\nSome words.\n";

    [Fact]
    public void Docs_WritesOnePagePerRule_WithWhatEachExampleReportsAndItsFix()
    {
        using var folder = new ScratchFolder();
        var result = Generate(folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["HSE0001.md", "HSE0002.md"], Directory.GetFiles(folder.File("docs/rules")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var page = File.ReadAllText(folder.File("docs/rules/HSE0001.md"));
        Assert.Contains("# HSE0001: Buzzword | jargon\n", page, StringComparison.Ordinal);
        Assert.Contains("| HSE0001 | style | suggestion | substitution | yes |\n", page, StringComparison.Ordinal);
        Assert.Contains("Defined in [rules/house.rules.yaml](../../rules/house.rules.yaml).", page, StringComparison.Ordinal);
        Assert.Contains("## Message\n\n`Write '{expected}', not '{match}'`\n", page, StringComparison.Ordinal);
        Assert.Contains("## Description\n\nCorporate jargon hides what happened.\n", page, StringComparison.Ordinal);
        Assert.Contains("""
            ### Example 1: reported

            ```text
            The merger promises synergy across desks.
            ```

            Reported:

            - `synergy`: Write 'cooperation', not 'synergy'

            Fixed:

            ```text
            The merger promises cooperation across desks.
            ```
            """, page, StringComparison.Ordinal);
        Assert.Contains("### Example 2: not reported\n\n```text\nThe merger promises cooperation across desks.\n```\n\nNothing is reported.\n", page, StringComparison.Ordinal);

        var other = File.ReadAllText(folder.File("docs/rules/HSE0002.md"));
        Assert.Contains("```text\nLorem ipsum\n\nThe talks ended.\n```", other, StringComparison.Ordinal);
        Assert.Contains("- `Lorem ipsum`: 'Lorem ipsum' is a placeholder; delete it\n\nNo automatic fix", other, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_ReadmeWithoutMarkers_GetsTheTableAtTheEndUnderRules()
    {
        using var folder = new ScratchFolder();
        Generate(folder);

        Assert.Equal(Readme + """

            ## Rules

            <!-- rules:start -->
            <!-- Generated from the rule packs by 'editorial-lint rules docs'; edit the rules, then run the command again. -->
            | Id | Title | Category | Severity | Fix |
            | --- | --- | --- | --- | --- |
            | [HSE0001](docs/rules/HSE0001.md) | Buzzword \| jargon | style | suggestion | yes |
            | [HSE0002](docs/rules/HSE0002.md) | Placeholder left in copy | scraper-artifact | error | no |
            <!-- rules:end -->

            """, File.ReadAllText(folder.File("README.md")));
    }

    [Fact]
    public void Docs_ReadmeWithMarkers_ReplacesOnlyTheTextBetweenThem()
    {
        using var folder = new ScratchFolder();
        folder.Write("README.md", "# House\n\n## Rules\n\n<!-- rules:start -->\nold table\n<!-- rules:end -->\n\n## Licence\n\nMIT\n");

        Generate(folder);

        var readme = File.ReadAllText(folder.File("README.md"));
        Assert.StartsWith("# House\n\n## Rules\n\n<!-- rules:start -->\n<!-- Generated", readme, StringComparison.Ordinal);
        Assert.EndsWith("| Placeholder left in copy | scraper-artifact | error | no |\n<!-- rules:end -->\n\n## Licence\n\nMIT\n", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("old table", readme, StringComparison.Ordinal);
        Assert.Single(readme.Split(RuleTable.StartMarker)[1..]);
    }

    [Theory]
    [InlineData("<!-- rules:start -->\n")]
    [InlineData("<!-- rules:end -->\n<!-- rules:start -->\n")]
    [InlineData("<!-- rules:start -->\n<!-- rules:start -->\n<!-- rules:end -->\n")]
    public void Docs_ReadmeWithBrokenMarkers_IsRefusedAndLeftAlone(string markers)
    {
        using var folder = new ScratchFolder();
        var readme = folder.Write("README.md", "# House\n\n" + markers);

        var result = Generate(folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("README.md", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("rules:start", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("# House\n\n" + markers, File.ReadAllText(readme));
    }

    [Fact]
    public void Docs_RunTwice_ChangesNothingTheSecondTime_AndCheckPasses()
    {
        using var folder = new ScratchFolder();
        Generate(folder);

        var again = Generate(folder);
        var check = Generate(folder, "--check");

        Assert.Equal(["2 rule pages and the README's rule table: 0 files changed"], again.StdoutLines);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(["2 rule pages and the README's rule table are up to date"], check.StdoutLines);
    }

    [Fact]
    public void Docs_AfterTheRulesChange_CheckFailsNamingStaleFiles_AndARunBringsThemBack()
    {
        using var folder = new ScratchFolder();
        Generate(folder);
        folder.Write("docs/rules/README.md", "Not generated; kept.\n");
        folder.Write("rules/house.rules.yaml", Pack[..Pack.IndexOf("\n  - id: HSE0002", StringComparison.Ordinal)] + "\n");

        var check = Generate(folder, "--check");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(["stale: docs/rules/HSE0002.md (its rule is gone)", "stale: README.md", "2 files stale; run 'editorial-lint rules docs' and commit them"],
            check.StdoutLines);

        var run = Generate(folder);
        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(folder.File("docs/rules/HSE0002.md")));
        Assert.True(File.Exists(folder.File("docs/rules/README.md")));
        Assert.DoesNotContain("HSE0002", File.ReadAllText(folder.File("README.md")), StringComparison.Ordinal);
        Assert.Equal(0, Generate(folder, "--check").ExitCode);
    }

    [Fact]
    public void Docs_MissingReadme_ExitsTwo()
    {
        using var folder = new ScratchFolder();
        folder.Write("rules/house.rules.yaml", Pack);

        var result = CommandLine.Run("rules", "docs", "--rules", folder.File("rules/house.rules.yaml"), "--no-default-rules",
            "--out", folder.File("docs/rules"), "--readme", folder.File("NOPE.md"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NOPE.md: no such file", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>rules docs</c> from inside <paramref name="folder"/>'s layout: rules/, docs/rules/, README.md.</summary>
    private static CommandLine Generate(ScratchFolder folder, params string[] extra)
    {
        if (!File.Exists(folder.File("rules/house.rules.yaml"))) folder.Write("rules/house.rules.yaml", Pack);
        if (!File.Exists(folder.File("README.md"))) folder.Write("README.md", Readme);
        return CommandLine.Run(["rules", "docs", "--rules", folder.File("rules/house.rules.yaml"), "--no-default-rules",
            "--out", folder.File("docs/rules"), "--readme", folder.File("README.md"), .. extra]);
    }
}
