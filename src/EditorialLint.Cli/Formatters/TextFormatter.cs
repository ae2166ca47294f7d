using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatters;

/// <summary>
/// Output for people: grouped by file, each diagnostic with its position, the offending line and
/// the span underlined; coloured on a terminal; a summary line in words.
/// </summary>
public sealed class TextFormatter(bool color) : IFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    /// <inheritdoc />
    public void Write(TextWriter output, IReadOnlyList<FileReport> files)
    {
        foreach (var file in files)
        {
            if (file.Diagnostics.Count == 0) continue;
            output.WriteLine(Paint(Bold, file.Path));
            foreach (var d in file.Diagnostics)
            {
                output.WriteLine($"  {d.Line}:{d.Column}  {Paint(SeverityColor(d.Severity), d.Severity.ToName())}  {d.Message}  {Paint(Dim, $"{d.RuleId} {d.Category}")}");
                WriteExcerpt(output, file.SourceText, d);
            }

            output.WriteLine();
        }

        output.WriteLine(Summary.Of(files).ToSentence());
    }

    private void WriteExcerpt(TextWriter output, string source, Diagnostic d)
    {
        var lineStart = d.Offset - (d.Column - 1);
        if (lineStart < 0 || lineStart > source.Length) return;
        var lineEnd = source.IndexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = source.Length;
        var line = source[lineStart..lineEnd].TrimEnd('\r');
        const int width = 100;
        var from = 0;
        var startInLine = d.Column - 1;
        if (line.Length > width && startInLine > width / 2)
            from = Math.Min(startInLine - width / 2, Math.Max(0, line.Length - width));
        var shown = line.Substring(from, Math.Min(width, line.Length - from));
        var underlineStart = startInLine - from;
        var underlineLength = Math.Max(1, Math.Min(d.EndLine == d.Line ? d.EndColumn - d.Column : shown.Length - underlineStart, shown.Length - underlineStart));
        if (underlineStart < 0 || underlineStart > shown.Length) return;
        var prefix = from > 0 ? "…" : " ";
        output.WriteLine($"    {prefix}{shown.Replace('\t', ' ')}");
        output.WriteLine($"     {new string(' ', underlineStart)}{Paint(SeverityColor(d.Severity), new string('^', underlineLength))}");
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private string Paint(string code, string text) => color ? code + text + Reset : text;
}
