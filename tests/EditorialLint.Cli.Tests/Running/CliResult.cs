namespace EditorialLint.Cli.Tests.Running;

/// <summary>What one run of the tool left behind: its exit code and both output streams.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Everything written to standard output.</param>
/// <param name="Stderr">Everything written to standard error.</param>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The lines of standard output, line breaks removed.</summary>
    public IReadOnlyList<string> StdoutLines => Stdout.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
