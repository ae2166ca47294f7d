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
