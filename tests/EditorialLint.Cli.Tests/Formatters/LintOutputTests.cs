using EditorialLint.Cli.Progress;
using EditorialLint.Cli.Tests.Fixing;

namespace EditorialLint.Cli.Tests.Formatters;

/// <summary>Output that does not depend on how the run was scheduled or where it was sent.</summary>
[Collection(AloneCollection.Name)]
public sealed class LintOutputTests
{
    public static TheoryData<string> Formats => new() { "text", "json", "sarif", "github" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Jobs_OneAndMany_GiveIdenticalOutput(string format)
    {
        string[] inputs = [TestFiles.Path("fixtures", "clean"), TestFiles.Path("fixtures", "articles")];

        var one = Run([.. inputs, "--format", format, "--jobs", "1"]);
        var many = Run([.. inputs, "--format", format, "--jobs", "8"]);
        var all = Run([.. inputs, "--format", format]);

        Assert.Equal(one, many);
        Assert.Equal(one, all);
        Assert.NotEqual(string.Empty, one.Stdout);
    }

    [Fact]
    public void Jobs_PatternPastItsTimeLimit_ReportedOnceWhateverTheJobs()
    {
        using var workspace = new FixWorkspace();
        var slow = Path.Combine(workspace.Folder, "rules", "slow.rules.yaml");
        File.WriteAllText(slow, """
            pack: slow
            rules:
              - id: TST0003
                title: Catastrophic backtracking
                category: style
                severity: warning
                kind: existence
                message: "Repeated run"
                patterns:
                  - '(a+)+\1b'
                examples:
                  - bad: "aab"
                    expect: ["aab"]
                  - good: "xyz"
            """);
        var a = workspace.Write("a.txt", new string('a', 40) + "c Kiev by bus\n");
        var b = workspace.Write("b.txt", new string('a', 40) + "c Odessa by bus\n");

        var one = workspace.Lint(a, b, "--rules", slow, "--jobs", "1");
        var two = workspace.Lint(a, b, "--rules", slow, "--jobs", "2");

        Assert.Equal(one, two);
        Assert.Equal(
            [
                $"editorial-lint: {a}: rule TST0003 ran past its time limit and was skipped for this file: "
                    + $"its pattern backtracks too much on this text; simplify the pattern ({Path.GetRelativePath(Directory.GetCurrentDirectory(), slow)}:3)",
                $"editorial-lint: {b}: rule TST0003 ran past its time limit and was skipped for this file: "
                    + $"its pattern backtracks too much on this text; simplify the pattern ({Path.GetRelativePath(Directory.GetCurrentDirectory(), slow)}:3)",
            ],
            one.StderrLines);
    }

    [Fact]
    public void Lint_ManyFilesNotOnATerminal_WritesNoProgress()
    {
        var files = Directory.GetFiles(TestFiles.Path("fixtures", "clean"));
        Assert.True(files.Length > LintProgress.MinFiles, "the clean fixtures should be enough files for a progress bar");

        var run = Run([TestFiles.Path("fixtures", "clean"), "--format", "json"]);

        Assert.Equal(string.Empty, run.Stderr);
    }

    [Theory]
    [InlineData(21, true, true)]
    [InlineData(20, true, false)]
    [InlineData(500, false, false)]
    public void ShouldShow_CountsFilesAndNeedsATerminal(int files, bool terminal, bool shown)
    {
        Assert.Equal(shown, LintProgress.ShouldShow(files, terminal));
    }

    [Fact]
    public void IsTerminal_WriterOtherThanStandardError_IsNot()
    {
        Assert.False(LintProgress.IsTerminal(new StringWriter()));
    }

    [Fact]
    public void Format_Unknown_NamesTheFormatsThereAre()
    {
        var run = Run([TestFiles.Path("fixtures", "clean"), "--format", "xml"]);

        Assert.Equal(2, run.Code);
        Assert.Equal("editorial-lint: lint: unknown --format 'xml'; use text, json, sarif or github\n", run.Stderr);
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = EntryPoint.Run(["lint", .. args], new StringReader(string.Empty), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
