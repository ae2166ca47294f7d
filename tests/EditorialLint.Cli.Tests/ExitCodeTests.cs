using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Exit codes as CONTRACT.md gives them to CI jobs and hooks: 0 without an error-severity
/// diagnostic, 1 with one, 2 for usage, rule-file and unreadable-input problems, each told in one
/// line and never with a stack trace.
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed class ExitCodeTests
{
    private const string DamagedSeed = "fixtures/articles/001_1bb36e0203976b30.txt";

    [Fact]
    public void Lint_OnlyWarnings_ExitsZero()
    {
        using var temp = new TempFolder();
        var path = temp.Write("warning-only.txt", "Officials in Kiev said the talks would resume on Monday.\n");

        var result = Tool.Run("lint", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var report = LintReport.Parse(result.Stdout);
        Assert.Contains(report.AllDiagnostics, d => d.Severity == "warning");
        Assert.DoesNotContain(report.AllDiagnostics, d => d.Severity == "error");
    }

    [Fact]
    public void Lint_CleanArticle_ExitsZeroWithNoDiagnostics()
    {
        var result = Tool.Run("lint", "fixtures/clean/001-nato-ministers-brussels.txt", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(LintReport.Parse(result.Stdout).AllDiagnostics);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Lint_AnErrorSeverityDiagnostic_ExitsOne()
    {
        var result = Tool.Run("lint", DamagedSeed, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(LintReport.Parse(result.Stdout).AllDiagnostics, d => d.Severity == "error");
    }

    [Theory]
    [InlineData("unknown option", new[] { "lint", "--colour", DamagedSeed }, "--colour")]
    [InlineData("unknown format", new[] { "lint", DamagedSeed, "--format", "xml" }, "xml")]
    [InlineData("no paths", new[] { "lint", "--format", "json" }, "file")]
    [InlineData("nothing at all", new[] { "lint" }, "file")]
    [InlineData("option without its value", new[] { "lint", DamagedSeed, "--format" }, "--format")]
    [InlineData("bad --jobs", new[] { "lint", DamagedSeed, "--jobs", "0" }, "--jobs")]
    [InlineData("bad --min-severity", new[] { "lint", DamagedSeed, "--min-severity", "fatal" }, "fatal")]
    [InlineData("unknown command", new[] { "frobnicate" }, "frobnicate")]
    public void Run_UsageError_ExitsTwoWithOneLineOnStderr(string because, string[] args, string named)
    {
        var result = Tool.Run(args);

        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}");
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("editorial-lint: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Lint_RulePackWithAMisspelledKey_ExitsTwoNamingFileLineAndColumn()
    {
        using var temp = new TempFolder();
        var pack = temp.Write("house.rules.yaml", UserPacks.MisspelledKey);

        var result = Tool.Run("lint", DamagedSeed, "--rules", pack);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Matches(@"house\.rules\.yaml:8:5: .*'mesage'", line);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Lint_MissingFileBesideAGoodOne_ReportsTheGoodOneAndExitsTwo()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "not-there.txt");

        var result = Tool.Run("lint", missing, DamagedSeed, "--format", "json");

        AssertOthersLintedAndOneLineFor(result, missing);
    }

    [Fact]
    public void Lint_BinaryFileBesideAGoodOne_ReportsTheGoodOneAndExitsTwo()
    {
        using var temp = new TempFolder();
        var binary = temp.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var result = Tool.Run("lint", binary, DamagedSeed, "--format", "json");

        AssertOthersLintedAndOneLineFor(result, binary);
    }

    [Fact]
    public void Lint_Windows1252FileBesideAGoodOne_ReportsTheGoodOneAndExitsTwo()
    {
        using var temp = new TempFolder();
        // “Kiev” in Windows-1252 curly quotes: 0x93 and 0x94 are not valid UTF-8.
        var legacy = temp.WriteBytes("legacy.txt", [.. "Officials in "u8, 0x93, .. "Kiev"u8, 0x94, .. " met.\n"u8]);

        var result = Tool.Run("lint", legacy, DamagedSeed, "--format", "json");

        AssertOthersLintedAndOneLineFor(result, legacy);
    }

    [Fact]
    public void Lint_ThreeUnreadableInputs_OneLineEachAndTheGoodOneReported()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "not-there.txt");
        var binary = temp.WriteBytes("photo.txt", [0x00, 0x01, 0x02, 0x03, 0x00, 0xFF]);
        var legacy = temp.WriteBytes("legacy.txt", [.. "caf"u8, 0xE9, .. " in Kiev\n"u8]);

        var result = Tool.Run("lint", missing, binary, DamagedSeed, legacy, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(3, result.StderrLines.Count);
        foreach (var bad in new[] { missing, binary, legacy })
            Assert.Single(result.StderrLines, l => l.Contains(bad, StringComparison.Ordinal));
        Assert.Equal([DamagedSeed], LintReport.Parse(result.Stdout).Files.Select(f => f.Path));
    }

    private static void AssertOthersLintedAndOneLineFor(CliResult result, string badPath)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Contains(badPath, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        var report = LintReport.Parse(result.Stdout);
        var good = Assert.Single(report.Files);
        Assert.Equal(DamagedSeed, good.Path);
        Assert.NotEmpty(good.Diagnostics);
        Assert.Equal(1, report.Summary.Files);
    }
}
