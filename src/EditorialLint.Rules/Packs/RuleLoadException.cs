namespace EditorialLint.Rules.Packs;

/// <summary>
/// A rule file or data file that cannot be loaded. The message is one line a rule author can act on:
/// <c>file:line:col: what is wrong (key 'x')</c>.
/// </summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Creates the exception for a place in a file.</summary>
    public RuleLoadException(string file, int line, int column, string problem)
        : base($"{file}:{line}:{column}: {OneLine(problem)}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = OneLine(problem);
    }

    // A quoted value may hold line breaks; the message stays one line.
    private static string OneLine(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }
}
