using System.Diagnostics;
using System.Text;
using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// <c>--fix</c> on a large file, with the tool a child process killed at random moments and the
/// moment its temporary file appears: afterwards the file is byte for byte the original or the
/// fully fixed text, never a mix or a cut. And an editor's save made while the tool is fixing wins.
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed class FixCrashTests : IDisposable
{
    private readonly Workspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Fix_KilledAtAnyMoment_LeavesTheOriginalOrTheFullyFixedFile()
    {
        var original = Article();
        var path = _work.WriteBytes("desk/big.txt", original);
        var clock = Stopwatch.StartNew();
        var (exit, _) = Finish(_work.Start("lint", path, "--fix", "--no-default-rules", "--rules", _work.RulePack));
        clock.Stop();
        Assert.Equal(0, exit);
        var fixedBytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetString(original).Replace("zorblax", "zorb", StringComparison.Ordinal), Encoding.UTF8.GetString(fixedBytes));

        var random = new Random(9);
        var outcomes = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            File.WriteAllBytes(path, original);
            using var tool = _work.Start("lint", path, "--fix", "--no-default-rules", "--rules", _work.RulePack);
            if (round % 2 == 0)
            {
                // The moment the tool starts writing: its temporary file has appeared beside the article.
                var deadline = Stopwatch.StartNew();
                while (!tool.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(1) && TemporaryFiles(path).Length == 0) Thread.Sleep(1);
            }
            else
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(random.Next((int)clock.Elapsed.TotalMilliseconds)));
            }

            var killedWhileRunning = !tool.HasExited;
            if (killedWhileRunning) tool.Kill(entireProcessTree: true);
            tool.WaitForExit();

            var now = File.ReadAllBytes(path);
            var state = now.AsSpan().SequenceEqual(original) ? "original" : now.AsSpan().SequenceEqual(fixedBytes) ? "fixed" : null;
            Assert.True(state is not null, $"round {round}: after a kill the file is neither the original nor the fixed text ({now.Length} bytes)");
            outcomes.Add($"{(killedWhileRunning ? "killed" : "finished")}:{state}");
            foreach (var temp in TemporaryFiles(path)) File.Delete(temp);
        }

        Assert.Contains(outcomes, o => o.StartsWith("killed", StringComparison.Ordinal));
    }

    [Fact]
    public void Fix_EditorSavesWhileTheToolWrites_TheEditorsTextIsKept()
    {
        var path = _work.WriteBytes("desk/big.txt", Article());
        var edited = Encoding.UTF8.GetBytes("The editor rewrote the whole story while the tool was fixing it; zorblax stays.\n");

        using var tool = _work.Start("lint", path, "--fix", "--no-default-rules", "--rules", _work.RulePack);
        var deadline = Stopwatch.StartNew();
        while (!tool.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(1) && TemporaryFiles(path).Length == 0) Thread.Sleep(1);
        Assert.False(tool.HasExited, "the tool finished before the test saw it write");
        File.WriteAllBytes(path, edited);
        var (exit, stderr) = Finish(tool);

        Assert.Equal(edited, File.ReadAllBytes(path));
        if (stderr.Contains("changed on disk", StringComparison.Ordinal))
        {
            Assert.Equal(2, exit);
            Assert.Contains($"{path}: changed on disk while it was being fixed; left as it is, run --fix again", stderr, StringComparison.Ordinal);
        }

        Assert.Empty(TemporaryFiles(path));
    }

    /// <summary>About 1 MB of short sentences, a third of them with a fix to make.</summary>
    private static byte[] Article()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 1_000_000; i++)
            text.Append(i % 3 == 0 ? $"Paragraph {i}: the zorblax spoke again.\n" : $"Paragraph {i}: nothing to fix here at all.\n");
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static string[] TemporaryFiles(string path) =>
        Directory.GetFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.*.tmp");

    private static (int Exit, string Stderr) Finish(Process tool)
    {
        var stdout = tool.StandardOutput.ReadToEndAsync();
        var stderr = tool.StandardError.ReadToEndAsync();
        if (!tool.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            tool.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("lint --fix did not finish within 3 minutes");
        }

        _ = stdout.Result;
        return (tool.ExitCode, stderr.Result);
    }
}
