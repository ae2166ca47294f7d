using System.Diagnostics;
using System.Text.Json;
using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// A rule author's catastrophic pattern through the whole tool: the run finishes soon after the
/// rule's 2 s limit, says on one line which rule was skipped for which file and where its pattern
/// is, still reports the other rules, lints the other files, and exits 2 (the file was checked only
/// in part, as a rule-file error leaves it). The time bound is generous; it proves "does not hang".
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed class RegexTimeoutTests : IDisposable
{
    /// <summary>SLOW001 backtracks exponentially on a run of 'a' that does not end its line.</summary>
    public const string SlowPack = """
        pack: slow
        rules:
          - id: SLOW001
            title: A pattern that backtracks
            category: style
            severity: warning
            kind: existence
            message: "'{match}' matched"
            ignore-case: false
            patterns: ['(?=a)(a+)+$']
            examples:
              - good: "Nothing here."
        """;

    private readonly Workspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Lint_CatastrophicPatternOnHostileFile_SkipsThatRuleForThatFileInOneLineAndReportsTheRest()
    {
        var slow = _work.Write("rules/slow.rules.yaml", SlowPack);
        var hostile = _work.Write("hostile.txt", "The zorblax is here.\n" + new string('a', 48) + "!\n");
        var calm = _work.Write("calm.txt", "The zorblax is there.\n");

        var clock = Stopwatch.StartNew();
        var run = _work.Run("lint", hostile, calm, "--no-default-rules", "--rules", _work.RulePack, "--rules", slow, "--format", "json");
        clock.Stop();

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Equal($"editorial-lint: {hostile}: rule SLOW001 ran past its time limit and was skipped for this file: "
            + $"its pattern backtracks too much on this text; simplify the pattern ({Path.GetRelativePath(Directory.GetCurrentDirectory(), slow)}:3)", line);
        var files = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Equal("RELY001", Assert.Single(f.GetProperty("diagnostics").EnumerateArray()).GetProperty("ruleId").GetString()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void LintStdin_CatastrophicPattern_FinishesAndSaysSo()
    {
        var slow = _work.Write("rules/slow.rules.yaml", SlowPack);

        var clock = Stopwatch.StartNew();
        var run = _work.RunWithStdin(new string('a', 48) + "!\n", "lint", "-", "--no-default-rules", "--rules", slow);
        clock.Stop();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"editorial-lint: <stdin>: rule SLOW001 ran past its time limit and was skipped for this file: "
            + $"its pattern backtracks too much on this text; simplify the pattern ({Path.GetRelativePath(Directory.GetCurrentDirectory(), slow)}:3)", Assert.Single(run.StderrLines));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
