using EditorialLint.Cli.Formatters;
using EditorialLint.Cli.Tests.Fixing;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Tests.Formatters;

/// <summary><c>--format github</c>: one workflow command per diagnostic, escaped as the Actions toolkit escapes.</summary>
public sealed class GithubFormatterTests : IDisposable
{
    private readonly FixWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Github_OneFile_WritesOneCommandPerDiagnostic()
    {
        var path = _workspace.Write("a.txt", "Troops left Kiev.Then rest.\n");

        var run = _workspace.Lint(path, "--format", "github");

        var file = GithubFormatter.EscapeProperty(GithubFormatter.RepositoryPath(path));
        Assert.Equal(
            $"::warning file={file},line=1,col=13,endLine=1,endColumn=17,title=TST0001::Use 'Kyiv', not 'Kiev'\n" +
            $"::error file={file},line=1,col=15,endLine=1,endColumn=22,title=TST0002::Missing space in 'ev.Then'\n",
            run.Stdout);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Github_NoDiagnostics_WritesNothing()
    {
        var path = _workspace.Write("a.txt", "Fine.\n");

        var run = _workspace.Lint(path, "--format", "github");

        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Write_EscapesMessageAndProperties()
    {
        var report = new FileReport("news/a,b:c.md", "x", [Diagnostic("EDL:1", Severity.Suggestion, "50% done\r\nnext: a, b")]);
        var output = new StringWriter();

        new GithubFormatter().Write(output, [report]);

        Assert.Equal(
            "::notice file=news/a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=EDL%3A1::50%25 done%0D%0Anext: a, b\n",
            output.ToString());
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Suggestion, "notice")]
    public void Command_Severity_MapsToWorkflowCommand(Severity severity, string command)
    {
        Assert.Equal(command, GithubFormatter.Command(severity));
    }

    [Theory]
    [InlineData("100%", "100%25")]
    [InlineData("a\rb\nc", "a%0Db%0Ac")]
    [InlineData("a:b,c", "a:b,c")]
    public void EscapeData_EscapesPercentAndLineBreaksOnly(string value, string escaped)
    {
        Assert.Equal(escaped, GithubFormatter.EscapeData(value));
    }

    [Theory]
    [InlineData("a:b,c", "a%3Ab%2Cc")]
    [InlineData("%\n", "%25%0A")]
    public void EscapeProperty_AlsoEscapesColonAndComma(string value, string escaped)
    {
        Assert.Equal(escaped, GithubFormatter.EscapeProperty(value));
    }

    [Theory]
    [InlineData("./articles/a.md", "articles/a.md")]
    [InlineData(@"articles\b.md", "articles/b.md")]
    public void RepositoryPath_RelativePath_UsesForwardSlashes(string path, string shown)
    {
        Assert.Equal(shown, GithubFormatter.RepositoryPath(path));
    }

    private static Diagnostic Diagnostic(string ruleId, Severity severity, string message) => new()
    {
        RuleId = ruleId,
        Category = "style",
        Severity = severity,
        Message = message,
        Line = 1,
        Column = 1,
        EndLine = 1,
        EndColumn = 2,
        Offset = 0,
        Length = 1,
        Text = "x",
    };
}
