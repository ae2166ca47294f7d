namespace EditorialLint.Cli.Inputs;

/// <summary>One article to lint: a file, or standard input when <see cref="IsStdin"/>.</summary>
/// <param name="Path">The path as shown in output.</param>
/// <param name="IsStdin">Whether it is read from standard input.</param>
public sealed record Input(string Path, bool IsStdin)
{
    /// <summary>The name standard input is shown by.</summary>
    public const string StdinName = "<stdin>";

    /// <summary>
    /// Whether the file was named on the command line itself, not found in a folder or by a glob:
    /// a named pipe named so is read as a stream, as <c>cat</c> reads it (bash's <c>&lt;(…)</c> gives one).
    /// </summary>
    public bool Named { get; init; }
}
