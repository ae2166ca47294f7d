using System.Diagnostics;
using System.Text;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// A fresh temporary folder for one test, with a one-rule pack (RELY001 bans "zorblax" and fixes it
/// to "zorb"), and ways to run the tool in it: in-process, or as a child process that can be killed.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public const string Pack = """
        pack: reliability
        rules:
          - id: RELY001
            title: House ban on zorblax
            category: style
            severity: error
            kind: substitution
            message: "Use '{expected}', not '{match}'"
            swap:
              zorblax: zorb
            examples:
              - bad: "The zorblax is here."
                expect: ["zorblax"]
                fixed: "The zorb is here."
              - good: "Nothing to see."
        """;

    public Workspace()
    {
        Folder = Directory.CreateTempSubdirectory("editorial-lint-reliability-").FullName;
        RulePack = Write("rules/reliability.rules.yaml", Pack);
    }

    public string Folder { get; }

    public string RulePack { get; }

    /// <summary>Whether file permissions stop this process reading a file (they do not for root).</summary>
    public static bool PermissionsBite { get; } = CheckPermissions();

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Runs the tool in this process with only the workspace's pack.</summary>
    public Result Run(params string[] args) => RunWithStdin(string.Empty, args);

    public Result RunWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = EntryPoint.Run(args, new StringReader(stdin), stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Starts the built tool as a child process; standard output and error go to files in the workspace.</summary>
    public Process Start(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = Folder };
        foreach (var a in new[] { tool }.Concat(args)) info.ArgumentList.Add(a);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info)!;
        return process;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFileSystemEntries(Folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                if (File.Exists(file) && !OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder must not fail the test.
        }
    }

    private static bool CheckPermissions()
    {
        if (OperatingSystem.IsWindows()) return true;
        var file = Path.Combine(Path.GetTempPath(), $"editorial-lint-permission-probe-{Guid.NewGuid():N}");
        File.WriteAllText(file, "x");
        try
        {
            File.SetUnixFileMode(file, UnixFileMode.None);
            try
            {
                File.ReadAllBytes(file);
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return true;
            }
        }
        finally
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(file);
        }
    }

    /// <summary>One run: exit code and both streams.</summary>
    internal sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
