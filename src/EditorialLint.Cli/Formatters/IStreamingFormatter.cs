namespace EditorialLint.Cli.Formatters;

/// <summary>
/// A formatter that writes a run file by file as the files come, in input order, so that a run
/// over many files holds one file's report at a time. The three calls together write exactly
/// what <see cref="IFormatter.Write"/> writes for the same files.
/// </summary>
public interface IStreamingFormatter : IFormatter
{
    /// <summary>Writes what comes before the first file.</summary>
    void Begin(TextWriter output);

    /// <summary>Writes one file's report.</summary>
    void WriteFile(TextWriter output, FileReport file);

    /// <summary>Writes what comes after the last file, with the counts of the whole run.</summary>
    void End(TextWriter output, Summary summary);
}

/// <summary>What every streaming formatter's <see cref="IFormatter.Write"/> does.</summary>
public static class StreamingFormatter
{
    /// <summary>Writes a whole run through <paramref name="formatter"/>'s three parts.</summary>
    public static void WriteAll(IStreamingFormatter formatter, TextWriter output, IReadOnlyList<FileReport> files)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(files);
        formatter.Begin(output);
        foreach (var file in files) formatter.WriteFile(output, file);
        formatter.End(output, Summary.Of(files));
    }
}
