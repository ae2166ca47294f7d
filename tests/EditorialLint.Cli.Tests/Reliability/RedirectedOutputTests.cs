namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// A report sent to a file or a pipe is written in blocks, not a line at a time: it must still be
/// the whole report, byte for byte what the tool writes to any other writer, and a reader that
/// stops early must not make the tool crash.
/// </summary>
public sealed class RedirectedOutputTests : IDisposable
{
    private readonly Workspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    public async Task Lint_ReportToAPipe_IsTheWholeReport(string format)
    {
        // Enough articles that the report is many blocks long.
        for (var i = 0; i < 800; i++)
            _work.Write($"desk/story-{i:000}.txt", $"Story {i}: the zorblax met the zorblax.\nA second line, and the zorblax again.\n");
        string[] options = ["--no-default-rules", "--rules", _work.RulePack, "--format", format];

        var expected = Relative(_work.Run(["lint", _work.PathOf("desk"), .. options]));
        using var tool = _work.Start(["lint", "desk", .. options]);
        var stdoutRead = tool.StandardOutput.ReadToEndAsync();
        var stderr = await tool.StandardError.ReadToEndAsync();
        var stdout = await stdoutRead;
        await tool.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal("", stderr);
        Assert.Equal(expected.ExitCode, tool.ExitCode);
        Assert.True(stdout.Length > 3 * (1 << 16), $"the report is only {stdout.Length} characters");
        Assert.Equal(expected.Stdout, stdout);
    }

    [Fact]
    public async Task Lint_ReaderStopsEarly_ToolEndsWithoutACrash()
    {
        for (var i = 0; i < 400; i++) _work.Write($"desk/story-{i:000}.txt", $"Story {i}: the zorblax.\n");

        using var tool = _work.Start("lint", "desk", "--no-default-rules", "--rules", _work.RulePack);
        var stderrRead = tool.StandardError.ReadToEndAsync();
        await tool.StandardOutput.ReadLineAsync();
        tool.StandardOutput.Close();
        await tool.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.DoesNotContain("Exception", await stderrRead);
        Assert.Equal(1, tool.ExitCode);
    }

    // The child process runs in the workspace and names the articles from there; the run in this process names them in full.
    private Workspace.Result Relative(Workspace.Result run) => run with { Stdout = run.Stdout.Replace(_work.Folder + "/", "") };
}
