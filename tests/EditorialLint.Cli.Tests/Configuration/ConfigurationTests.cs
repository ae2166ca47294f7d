using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests.Configuration;

[Collection(SeedRunsCollection.Name)]
public class ConfigurationTests
{
    private const string Article = """
        Talks in Kiev

        Troops gathered Along the border, officials said on Monday.

        The minister said the talks in Kiev would resume next week.
        """;

    [Fact]
    public void Lint_ConfigAboveTheFile_ChangesSeveritiesAndTurnsRulesOff()
    {
        using var folder = new TempFolder();
        folder.Write("desk/.editoriallint.yaml", "severity:\n  machine-translation: none\n  EDL0701: error\n");
        var article = folder.Write("desk/world/story.txt", Article);

        var result = Tool.Run("lint", article, "--format", "json");

        var report = LintReport.Parse(result.Stdout);
        Assert.DoesNotContain(report.AllDiagnostics, d => d.Category == "machine-translation");
        Assert.All(report.AllDiagnostics.Where(d => d.RuleId == "EDL0701"), d => Assert.Equal("error", d.Severity));
        Assert.Contains(report.AllDiagnostics, d => d.RuleId == "EDL0701");
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Lint_WithoutConfig_UsesTheRulesOwnSeverities()
    {
        using var folder = new TempFolder();
        var article = folder.Write("story.txt", Article);

        var result = Tool.Run("lint", article, "--format", "json");

        var report = LintReport.Parse(result.Stdout);
        Assert.Contains(report.AllDiagnostics, d => d.Category == "machine-translation");
        Assert.All(report.AllDiagnostics.Where(d => d.RuleId == "EDL0701"), d => Assert.Equal("warning", d.Severity));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Lint_ExplicitConfig_AppliesToEveryFile_AndIgnoredPathsAreSkipped()
    {
        using var folder = new TempFolder();
        var config = folder.Write("settings/house.yaml", "ignore: [\"**/drafts/**\"]\nseverity:\n  EDL0301: none\n");
        folder.Write("desk/story.txt", Article);
        folder.Write("desk/drafts/old.txt", Article);

        var result = Tool.Run("lint", Path.Combine(folder.Path, "desk"), "--config", config, "--format", "json");

        var report = LintReport.Parse(result.Stdout);
        var file = Assert.Single(report.Files);
        Assert.EndsWith("story.txt", file.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(file.Diagnostics, d => d.RuleId == "EDL0301");
    }

    [Fact]
    public void Lint_HouseStyleInConfig_ChoosesTheSpellingConsistencyKeeps()
    {
        using var folder = new TempFolder();
        folder.Write(".editoriallint.yaml", "prefer: [Hizbollah]\n");
        var article = folder.Write("story.txt", "Hezbollah fired rockets.\n\nIsrael struck Hezbollah and Hizbollah positions.\n");

        var result = Tool.Run("lint", article, "--format", "json");

        var flagged = LintReport.Parse(result.Stdout).AllDiagnostics.Where(d => d.RuleId == "EDL0602").Select(d => d.Text).ToList();
        Assert.Equal(["Hezbollah", "Hezbollah"], flagged);
    }

    [Fact]
    public void Lint_InlineSuppression_SilencesTheRule_AndAnUnusedOneIsReported()
    {
        using var folder = new TempFolder();
        var article = folder.Write("story.md", """
            # Talks

            <!-- editorial-lint-disable-next-line EDL0701 -->
            The talks in Kiev would resume.

            <!-- editorial-lint-disable-next-line EDL0101 -->
            The talks would resume next week.
            """);

        var result = Tool.Run("lint", article, "--format", "json");

        var diagnostics = LintReport.Parse(result.Stdout).AllDiagnostics.ToList();
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "EDL0701");
        var unused = Assert.Single(diagnostics, d => d.RuleId == "EDL0001");
        Assert.Equal("suggestion", unused.Severity);
        Assert.Equal(6, unused.Line);
    }

    [Fact]
    public void Lint_BadConfig_IsOneLineWithFileLineAndColumn_AndExitTwo()
    {
        using var folder = new TempFolder();
        folder.Write(".editoriallint.yaml", "severity:\n  EDL0701: loud\n");
        var article = folder.Write("story.txt", Article);

        var result = Tool.Run("lint", article);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Matches(@"\.editoriallint\.yaml:2:3: severity of 'EDL0701' must be error, warning, suggestion or none, not 'loud'$", line);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
