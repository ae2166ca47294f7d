namespace EditorialLint.Cli.Inputs;

/// <summary>One article to lint: a file, or standard input when <see cref="IsStdin"/>.</summary>
/// <param name="Path">The path as shown in output.</param>
/// <param name="IsStdin">Whether it is read from standard input.</param>
public sealed record Input(string Path, bool IsStdin)
{
    /// <summary>The name standard input is shown by.</summary>
    public const string StdinName = "<stdin>";
}
