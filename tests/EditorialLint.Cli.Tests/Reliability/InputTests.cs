using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// Inputs a newsroom's folders really hold: empty and blank files, binaries, other encodings, files
/// that cannot be read, thousands of files, links that loop. Each gets the contract's answer and
/// at most one clear line on standard error, and the run goes on with the rest.
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed partial class InputTests : IDisposable
{
    private readonly Workspace _work = new();

    [GeneratedRegex(@"^editorial-lint: (?<path>[^\r\n]+?): [^\r\n]+$")]
    private static partial Regex ProblemLine();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Lint_EmptyAndWhitespaceOnlyFiles_AreCleanArticles()
    {
        var empty = _work.Write("empty.txt", "");
        var blank = _work.Write("blank.md", " \t\r\n\n  \u00a0\n");
        var bom = _work.WriteBytes("bom.html", [0xEF, 0xBB, 0xBF]);

        var run = _work.Run("lint", empty, blank, bom, "--no-default-rules", "--rules", _work.RulePack, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var files = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.Equal(0, f.GetProperty("diagnostics").GetArrayLength()));
    }

    [Fact]
    public void Lint_EmptyStandardInputWithTheShippedRules_IsACleanArticle()
    {
        var run = _work.RunWithStdin("", "lint", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Lint_UnreadableInputsBesideAGoodOne_OneLineEachNamingTheFileAndTheGoodOneReported()
    {
        var good = _work.Write("good.txt", "The zorblax is here.\n");
        var binary = _work.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var cp1252 = _work.WriteBytes("cp1252.txt", Encoding.Latin1.GetBytes("He said \u0093no\u0094 to the caf\u00e9.\n"));
        var utf16 = _work.WriteBytes("utf16.md", Encoding.Unicode.GetBytes("Text saved as UTF-16 without a byte-order mark.\n"));
        var badUtf16 = _work.WriteBytes("bad-utf16.txt", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]);
        var json = _work.Write("cms.json", "{\"headline\": \"x\", \"body\": ");

        var run = _work.Run("lint", good, binary, cp1252, utf16, badUtf16, json, "--no-default-rules", "--rules", _work.RulePack, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        AssertOneLineEach(run, binary, cp1252, utf16, badUtf16, json);
        var files = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray().ToList();
        var reported = Assert.Single(files);
        Assert.Equal(good, reported.GetProperty("path").GetString());
        Assert.Equal("zorblax", reported.GetProperty("diagnostics")[0].GetProperty("text").GetString());
    }

    /// <summary>
    /// Permissions do not stop root, which CI runs as: then a file that cannot be read at all
    /// (<c>/proc/self/mem</c> read from its start fails with EIO) stands in for a <c>chmod 000</c> one.
    /// </summary>
    [Fact]
    public void Lint_FileThatCannotBeRead_OneLineSayingSoAndTheRestLinted()
    {
        var good = _work.Write("good.txt", "The zorblax is here.\n");
        string unreadable;
        if (Workspace.PermissionsBite && !OperatingSystem.IsWindows())
        {
            unreadable = _work.Write("locked.txt", "secret\n");
            File.SetUnixFileMode(unreadable, UnixFileMode.None);
        }
        else
        {
            Assert.True(File.Exists("/proc/self/mem"), "as root, /proc/self/mem is the unreadable file this test needs");
            unreadable = "/proc/self/mem";
        }

        var run = _work.Run("lint", good, unreadable, "--no-default-rules", "--rules", _work.RulePack, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"editorial-lint: {unreadable}: cannot read", line, StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray());
    }

    [Fact]
    public void Lint_FolderOfThreeThousandFiles_ReportsEveryOne()
    {
        for (var i = 0; i < 3000; i++)
        {
            _work.Write($"desk/{i % 30:00}/story-{i:0000}.{(i % 3 == 0 ? "md" : "txt")}", i % 7 == 0 ? $"Story {i}: the zorblax.\n" : $"Story {i} is fine.\n");
        }

        var run = _work.Run("lint", _work.PathOf("desk"), "--no-default-rules", "--rules", _work.RulePack, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(3000, report.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(Enumerable.Range(0, 3000).Count(i => i % 7 == 0), report.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Lint_FolderWithSymbolicLinkLoops_FinishesAndLintsTheRealFiles()
    {
        var good = _work.Write("desk/good.txt", "The zorblax is here.\n");
        Directory.CreateSymbolicLink(_work.PathOf("desk/loop"), _work.PathOf("desk"));
        Directory.CreateSymbolicLink(_work.PathOf("desk/up"), _work.Folder);
        File.CreateSymbolicLink(_work.PathOf("desk/a.txt"), _work.PathOf("desk/b.txt"));
        File.CreateSymbolicLink(_work.PathOf("desk/b.txt"), _work.PathOf("desk/a.txt"));

        var run = _work.Run("lint", _work.PathOf("desk"), "--no-default-rules", "--rules", _work.RulePack, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var file = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(good, file.GetProperty("path").GetString());
    }

    [Fact]
    public void Lint_SymbolicLinkLoopNamedOnTheCommandLine_OneLineAndTheRestLinted()
    {
        var good = _work.Write("good.txt", "The zorblax is here.\n");
        var loop = _work.PathOf("a.txt");
        File.CreateSymbolicLink(loop, _work.PathOf("b.txt"));
        File.CreateSymbolicLink(_work.PathOf("b.txt"), loop);

        var run = _work.Run("lint", loop, good, "--no-default-rules", "--rules", _work.RulePack, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        AssertOneLineEach(run, loop);
        Assert.Equal($"editorial-lint: {loop}: a symbolic link loop ({loop} -> {_work.PathOf("b.txt")} -> {loop}): "
            + "point the link at a file or folder, or remove it", Assert.Single(run.StderrLines));
        var file = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(good, file.GetProperty("path").GetString());
    }

    [Fact]
    public void Lint_LinkToAMissingFileNamedOnTheCommandLine_SaysWhereItLeads()
    {
        var good = _work.Write("good.txt", "The zorblax is here.\n");
        var dangling = _work.PathOf("draft.txt");
        File.CreateSymbolicLink(dangling, _work.PathOf("gone.txt"));

        var run = _work.Run("lint", dangling, good, "--no-default-rules", "--rules", _work.RulePack, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"editorial-lint: {dangling}: a symbolic link to a missing file ({dangling} -> {_work.PathOf("gone.txt")}): "
            + "point the link at a file or folder, or remove it", Assert.Single(run.StderrLines));
        Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray());
    }

    /// <summary>
    /// A named pipe that no one writes to, and a socket, lying in a linted folder: neither is opened
    /// (opening the pipe would wait for ever); each gets one line saying what it is and that it was
    /// skipped, the real file is linted, and the run exits 2. The tool is a child process here, killed if it hangs.
    /// </summary>
    [LinuxFact]
    public void Lint_FolderWithANamedPipe_FinishesAndSaysWhyThePipeWasSkipped()
    {
        var good = _work.Write("desk/good.txt", "The zorblax is here.\n");
        var pipe = MakeFifo("desk/pipe.txt");
        var socketPath = _work.PathOf("desk/socket.md");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));

        using var tool = _work.Start("lint", _work.PathOf("desk"), "--no-default-rules", "--rules", _work.RulePack, "--format", "json");
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        var finished = tool.WaitForExit(TimeSpan.FromSeconds(60));
        if (!finished) tool.Kill(entireProcessTree: true);

        Assert.True(finished, "lint hung on a named pipe");
        Assert.Equal(2, tool.ExitCode);
        var lines = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $"editorial-lint: {pipe}: a named pipe (FIFO), not a regular file: skipped; name it on the command line to read it",
                $"editorial-lint: {socketPath}: a socket, not a regular file: skipped; name it on the command line to read it",
            ],
            lines);
        var file = Assert.Single(JsonDocument.Parse(output.Result).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(good, file.GetProperty("path").GetString());
    }

    /// <summary>A glob that matches a named pipe does not name it: it is skipped as in a folder, and the run ends.</summary>
    [LinuxFact]
    public void Lint_GlobMatchingANamedPipe_SkipsItInOneLine()
    {
        var good = _work.Write("desk/good.txt", "The zorblax is here.\n");
        var pipe = MakeFifo("desk/pipe.txt");

        using var tool = _work.Start("lint", _work.PathOf("desk") + "/*.txt", "--no-default-rules", "--rules", _work.RulePack, "--format", "json");
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        var finished = tool.WaitForExit(TimeSpan.FromSeconds(60));
        if (!finished) tool.Kill(entireProcessTree: true);

        Assert.True(finished, "lint hung on a named pipe matched by a glob");
        Assert.Equal(2, tool.ExitCode);
        Assert.Equal($"editorial-lint: {pipe}: a named pipe (FIFO), not a regular file: skipped; name it on the command line to read it",
            Assert.Single(errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var file = Assert.Single(JsonDocument.Parse(output.Result).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(good, file.GetProperty("path").GetString());
    }

    /// <summary>
    /// A named pipe named on the command line is the user's choice (bash's &lt;(…) gives one): it is
    /// read as a stream, as cat reads it, and linted like any article.
    /// </summary>
    [LinuxFact]
    public async Task Lint_NamedPipeNamedOnTheCommandLine_IsReadAsAStream()
    {
        var pipe = MakeFifo("pipe.txt");

        using var tool = _work.Start("lint", pipe, "--no-default-rules", "--rules", _work.RulePack, "--format", "json");
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        // Opening the pipe to write waits for the tool to open it to read.
        var writer = Task.Run(() => File.WriteAllText(pipe, "The zorblax is here.\n"));
        var finished = tool.WaitForExit(TimeSpan.FromSeconds(60));
        if (!finished) tool.Kill(entireProcessTree: true);

        Assert.True(finished, "lint hung reading a named pipe");
        await writer.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("", await errors);
        Assert.Equal(1, tool.ExitCode);
        var file = Assert.Single(JsonDocument.Parse(await output).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(pipe, file.GetProperty("path").GetString());
        Assert.Equal("zorblax", Assert.Single(file.GetProperty("diagnostics").EnumerateArray()).GetProperty("text").GetString());
    }

    /// <summary>
    /// bash's process substitution names a pipe as /dev/fd/N, a link whose target ("pipe:[…]") is no
    /// path: it is read and linted; with --fix the fixes cannot be written back, and the line says so.
    /// </summary>
    [LinuxFact]
    public void Lint_ProcessSubstitution_IsReadAndItsFixesAreNotWrittenBack()
    {
        var lint = RunBash("lint <(printf 'The zorblax is here.\\n')");
        var fix = RunBash("lint --fix <(printf 'The zorblax is here.\\n')");

        Assert.Equal("", lint.Stderr);
        Assert.Equal(1, lint.ExitCode);
        var file = Assert.Single(JsonDocument.Parse(lint.Stdout).RootElement.GetProperty("files").EnumerateArray());
        Assert.StartsWith("/dev/fd/", file.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(2, fix.ExitCode);
        var line = Assert.Single(fix.StderrLines);
        Assert.Matches(ProblemLine(), line);
        Assert.EndsWith(": a named pipe (FIFO), not a regular file: its fixes were not written; pipe it to 'lint - --fix' for the fixed text", line);
    }

    private Workspace.Result RunBash(string command)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll");
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work.Folder };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"exec dotnet \"$0\" {command} --no-default-rules --rules \"$1\" --format json");
        info.ArgumentList.Add(tool);
        info.ArgumentList.Add(_work.RulePack);
        using var bash = Process.Start(info)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var errors = bash.StandardError.ReadToEndAsync();
        var finished = bash.WaitForExit(TimeSpan.FromSeconds(60));
        if (!finished) bash.Kill(entireProcessTree: true);
        Assert.True(finished, $"lint hung on: {command}");
        return new Workspace.Result(bash.ExitCode, output.Result, errors.Result);
    }

    private string MakeFifo(string relative)
    {
        var path = _work.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>A 50 MB article, made in the temp folder; the tool runs as a child process with a hard limit so a slow run cannot stall the suite.</summary>
    [Fact]
    public async Task Lint_FiftyMegabyteArticle_FinishesWithinMinutesOrIsRefusedInOneLine()
    {
        var seed = File.ReadAllText(RepositoryRoot.Combine("fixtures", "articles", "000_8c5fd58bb32f66f7.txt"));
        var big = _work.PathOf("big.txt");
        using (var writer = new StreamWriter(big, false, new UTF8Encoding(false)))
        {
            while (writer.BaseStream.Length < 50L * 1024 * 1024) writer.Write(seed + "\n");
        }

        using var tool = _work.Start("lint", big, "--format", "json");
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        var finished = tool.WaitForExit(TimeSpan.FromMinutes(3));
        if (!finished) tool.Kill(entireProcessTree: true);

        Assert.True(finished, "linting 50 MB took more than 3 minutes");
        Assert.True(tool.ExitCode is 0 or 1 or 2, $"exit {tool.ExitCode}");
        var stderr = await errors;
        Assert.True(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 1, stderr);
        if (tool.ExitCode != 2) JsonDocument.Parse(await output).Dispose();
    }

    private static void AssertOneLineEach(Workspace.Result run, params string[] paths)
    {
        var lines = run.StderrLines;
        Assert.True(lines.Count == paths.Length, $"expected one line for each of {paths.Length} inputs, got:\n{run.Stderr}");
        foreach (var path in paths)
        {
            var line = Assert.Single(lines, l => l.Contains(Path.GetFileName(path), StringComparison.Ordinal));
            Assert.Matches(ProblemLine(), line);
            Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        }
    }
}
