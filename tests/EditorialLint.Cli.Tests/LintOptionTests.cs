using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests;

/// <summary>How <c>lint</c> finds its inputs and which rules and severities it applies.</summary>
[Collection(SeedRunsCollection.Name)]
public sealed class LintOptionTests
{
    private static readonly string[] SeedPaths =
    [
        "fixtures/articles/000_8c5fd58bb32f66f7.txt",
        "fixtures/articles/001_1bb36e0203976b30.txt",
        "fixtures/articles/002_9de88986998bcfe5.txt",
        "fixtures/articles/003_d3e3b4f35b7993ac.txt",
        "fixtures/articles/004_c5adca8c7930ebcf.txt",
    ];

    [Fact]
    public void Lint_Dash_ReadsTheArticleFromStandardInput()
    {
        const string article = "Talks\n\nSecretary of State Anthony Blinken spoke on Sunday.\n";

        var result = Tool.RunWithStdin(article, "lint", "-", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var file = Assert.Single(LintReport.Parse(result.Stdout).Files);
        Assert.Equal("<stdin>", file.Path);
        var name = Assert.Single(file.Diagnostics, d => d.RuleId == "EDL0101");
        Assert.Equal(article.IndexOf("Anthony Blinken", StringComparison.Ordinal), name.Offset);
        Assert.Equal("Anthony Blinken", name.Text);
        Assert.Equal((3, 20), (name.Line, name.Column));
    }

    [Fact]
    public void Lint_Folder_RecursesAndTakesOnlyArticleExtensions()
    {
        using var temp = new TempFolder();
        const string text = "Officials in Kiev said the talks would resume on Monday.\n";
        string[] taken =
        [
            temp.Write("a.txt", text),
            temp.Write("b.md", "# Talks\n\n" + text),
            temp.Write("c.markdown", text),
            temp.Write("d.html", $"<p>{text}</p>\n"),
            temp.Write("e.htm", $"<p>{text}</p>\n"),
            temp.Write("f.json", """{ "headline": "Talks", "body": "Officials in Kiev said the talks would resume on Monday." }"""),
            temp.Write(Path.Combine("nested", "deeper", "g.txt"), text),
        ];
        temp.Write("notes.csv", "city,spelling\nKiev,Kyiv\n");
        temp.Write("h.yaml", "city: Kiev\n");
        temp.Write("README", text);
        temp.Write("a.txt.bak", text);
        temp.WriteBytes("draft.docx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);

        var result = Tool.Run("lint", temp.Path, "--format", "json");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        var report = LintReport.Parse(result.Stdout);
        Assert.Equal(taken.Order(StringComparer.Ordinal), report.Files.Select(f => Path.GetFullPath(f.Path)).Order(StringComparer.Ordinal));
        Assert.All(report.Files, f => Assert.Contains(f.Diagnostics, d => d.RuleId == "EDL0701"));
    }

    [Fact]
    public void Lint_Glob_ExpandsToTheMatchingFilesInOrder()
    {
        var result = Tool.Run("lint", "fixtures/articles/*.txt", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(SeedPaths, LintReport.Parse(result.Stdout).Files.Select(f => f.Path));
    }

    [Fact]
    public void Lint_GlobMatchingNothing_SaysSoAndExitsTwo()
    {
        var result = Tool.Run("lint", "fixtures/articles/*.docx", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fixtures/articles/*.docx", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_MinSeverityError_HidesWarningsAndChangesTheSummary()
    {
        var all = LintReport.Parse(Tool.Run("lint", "fixtures/articles", "--format", "json").Stdout);
        var errorsOnly = Tool.Run("lint", "fixtures/articles", "--format", "json", "--min-severity", "error");
        var text = Tool.Run("lint", "fixtures/articles", "--min-severity", "error");

        Assert.True(all.Summary.Warnings > 0, "the seeds carry warnings for the filter to hide");
        Assert.Equal(1, errorsOnly.ExitCode);
        var report = LintReport.Parse(errorsOnly.Stdout);
        Assert.All(report.AllDiagnostics, d => Assert.Equal("error", d.Severity));
        Assert.Equal(all.AllDiagnostics.Where(d => d.Severity == "error").Select(d => d.Identity), report.AllDiagnostics.Select(d => d.Identity));
        Assert.Equal(new SummaryEntry(5, all.Summary.Errors, 0, 0), report.Summary);
        Assert.Equal($"{all.Summary.Errors} errors in 5 articles", text.StdoutLines.Last(l => l.Length > 0));
        Assert.DoesNotContain("warning", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_MinSeverityErrorOnWarningsOnly_ExitsZeroWithNoProblems()
    {
        using var temp = new TempFolder();
        var path = temp.Write("warning-only.txt", "Officials in Kiev said the talks would resume on Monday.\n");

        var result = Tool.Run("lint", path, "--min-severity", "error");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No problems in 1 article", result.StdoutLines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Lint_NoDefaultRulesWithAUserPack_AppliesOnlyThatPack()
    {
        using var temp = new TempFolder();
        var pack = temp.Write("house.rules.yaml", UserPacks.Buzzword);
        const string article = "Officials in Kiev praised the synergy between the allies.\n";
        var path = temp.Write("article.txt", article);

        var own = Tool.Run("lint", path, "--format", "json", "--no-default-rules", "--rules", pack);
        var both = Tool.Run("lint", path, "--format", "json", "--rules", pack);

        Assert.Equal(1, own.ExitCode);
        var d = Assert.Single(LintReport.Parse(own.Stdout).AllDiagnostics);
        Assert.Equal(("HSE0001", "style", "error", "synergy"), (d.RuleId, d.Category, d.Severity, d.Text));
        Assert.Equal(article.IndexOf("synergy", StringComparison.Ordinal), d.Offset);
        Assert.Equal("'synergy' is a buzzword; say what happened", d.Message);
        Assert.Equal(["EDL0701", "HSE0001"], LintReport.Parse(both.Stdout).AllDiagnostics.Select(x => x.RuleId));
    }

    [Fact]
    public void Lint_NoDefaultRulesAlone_IsAUsageError()
    {
        var result = Tool.Run("lint", SeedPaths[0], "--no-default-rules");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--rules", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_UserPackWhoseOwnExampleFails_IsRefusedNamingFileAndLine()
    {
        using var temp = new TempFolder();
        var pack = temp.Write("house.rules.yaml", UserPacks.FailingExample);

        var result = Tool.Run("lint", SeedPaths[0], "--no-default-rules", "--rules", pack);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Matches($@"house\.rules\.yaml:{UserPacks.FailingExampleLine}:\d+: .*HSE0002", line);
        Assert.Contains("'merger'", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Lint_RulesPathThatDoesNotExist_IsAUsageError()
    {
        var result = Tool.Run("lint", SeedPaths[0], "--rules", "no/such/pack.rules.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no/such/pack.rules.yaml", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }
}
