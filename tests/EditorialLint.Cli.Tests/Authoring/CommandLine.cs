namespace EditorialLint.Cli.Tests.Authoring;

/// <summary>Runs <c>editorial-lint</c> in process and keeps what it printed.</summary>
internal sealed record CommandLine(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Stdout.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CommandLine Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = EntryPoint.Run(args, new StringReader(""), stdout, stderr);
        return new CommandLine(code, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
