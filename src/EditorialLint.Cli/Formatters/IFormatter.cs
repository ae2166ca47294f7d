namespace EditorialLint.Cli.Formatters;

/// <summary>Writes the diagnostics of a run in one output format.</summary>
public interface IFormatter
{
    /// <summary>Writes the whole report.</summary>
    void Write(TextWriter output, IReadOnlyList<FileReport> files);
}
