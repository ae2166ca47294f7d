using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatters;

/// <summary>
/// Output for people: grouped by file, each diagnostic with its position, the offending line and
/// the span underlined; coloured on a terminal; a summary line in words.
/// </summary>
public sealed class TextFormatter(bool color) : IStreamingFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    /// <inheritdoc />
    public void Write(TextWriter output, IReadOnlyList<FileReport> files) => StreamingFormatter.WriteAll(this, output, files);

    /// <inheritdoc />
    public void Begin(TextWriter output)
    {
    }

    /// <inheritdoc />
    public void WriteFile(TextWriter output, FileReport file)
    {
        if (file.Diagnostics.Count == 0) return;
        output.WriteLine(Paint(Bold, file.Path));
        // Written piece by piece: a report of many files is mostly these lines, and strings built for
        // them would be made only to be copied out.
        Span<char> number = stackalloc char[11];
        foreach (var d in file.Diagnostics)
        {
            output.Write("  ");
            WriteNumber(output, d.Line, number);
            output.Write(':');
            WriteNumber(output, d.Column, number);
            output.Write("  ");
            WritePainted(output, SeverityColor(d.Severity), d.Severity.ToName());
            output.Write("  ");
            output.Write(d.Message);
            output.Write("  ");
            if (color) output.Write(Dim);
            output.Write(d.RuleId);
            output.Write(' ');
            output.Write(d.Category);
            if (color) output.Write(Reset);
            output.WriteLine();
            WriteExcerpt(output, file.SourceText, d);
        }

        output.WriteLine();
    }

    /// <inheritdoc />
    public void End(TextWriter output, Summary summary) => output.WriteLine(summary.ToSentence());

    private void WriteExcerpt(TextWriter output, string source, Diagnostic d)
    {
        var lineStart = d.Offset - (d.Column - 1);
        if (lineStart < 0 || lineStart > source.Length) return;
        var lineEnd = source.IndexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = source.Length;
        var line = source.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
        const int width = 100;
        var from = 0;
        var startInLine = d.Column - 1;
        if (line.Length > width && startInLine > width / 2)
            from = Math.Min(startInLine - width / 2, Math.Max(0, line.Length - width));
        if (from > 0 && char.IsLowSurrogate(line[from])) from--;
        var take = Math.Min(width, line.Length - from);
        if (take > 0 && from + take < line.Length && char.IsHighSurrogate(line[from + take - 1])) take--;
        var shown = line.Slice(from, take);
        var underlineStart = startInLine - from;
        if (underlineStart < 0 || underlineStart > shown.Length) return;
        var underlineLength = Math.Max(0, Math.Min(d.EndLine == d.Line ? d.EndColumn - d.Column : shown.Length - underlineStart, shown.Length - underlineStart));
        var prefix = from > 0 ? "…" : " ";
        // Columns count UTF-16 units; a terminal counts cells, so emoji and wide characters take two.
        var pad = DisplayWidth(shown[..underlineStart]);
        var carets = Math.Max(1, DisplayWidth(shown.Slice(underlineStart, underlineLength)));
        output.Write("    ");
        output.Write(prefix);
        // Tabs shown as spaces, so the carets line up.
        for (var rest = shown; !rest.IsEmpty;)
        {
            var tab = rest.IndexOf('\t');
            if (tab < 0)
            {
                output.Write(rest);
                break;
            }

            output.Write(rest[..tab]);
            output.Write(' ');
            rest = rest[(tab + 1)..];
        }

        output.WriteLine();
        output.Write("     ");
        WriteRepeated(output, ' ', pad);
        if (color) output.Write(SeverityColor(d.Severity));
        WriteRepeated(output, '^', carets);
        if (color) output.Write(Reset);
        output.WriteLine();
    }

    private static void WriteNumber(TextWriter output, int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        output.Write(buffer[..written]);
    }

    private static void WriteRepeated(TextWriter output, char c, int count)
    {
        Span<char> run = stackalloc char[64];
        run.Fill(c);
        for (; count > 0; count -= run.Length) output.Write(run[..Math.Min(count, run.Length)]);
    }

    private void WritePainted(TextWriter output, string code, string text)
    {
        if (color) output.Write(code);
        output.Write(text);
        if (color) output.Write(Reset);
    }

    /// <summary>How many terminal cells a text takes: one per grapheme, two for wide ones.</summary>
    public static int DisplayWidth(ReadOnlySpan<char> text)
    {
        // Most copy is Latin script and typographic punctuation: characters that are each a grapheme
        // of their own, one cell wide. Only a text with anything else is split into graphemes.
        foreach (var c in text)
        {
            if (!IsOwnSingleCell(c)) return WidthByGraphemes(text);
        }

        return text.Length;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a grapheme on its own whatever stands around it, one cell wide:
    /// tab, printable ASCII, Latin-1 and Latin Extended letters and spacing modifiers (not the
    /// combining marks from U+0300 on), and the dashes, quotation marks and ellipsis of U+2010 to U+2027.
    /// Carriage return and line feed are not: a CR LF pair is one grapheme.
    /// </summary>
    private static bool IsOwnSingleCell(char c) => c is '\t' or >= ' ' and <= '~' or >= '\u00A0' and <= '\u02FF' or >= '\u2010' and <= '\u2027';

    /// <summary><see cref="DisplayWidth"/> by splitting the text into graphemes.</summary>
    internal static int WidthByGraphemes(ReadOnlySpan<char> text)
    {
        var width = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = System.Globalization.StringInfo.GetNextTextElementLength(text[i..]);
            if (length <= 0) break;
            var rune = System.Text.Rune.DecodeFromUtf16(text[i..], out var r, out _) == System.Buffers.OperationStatus.Done ? r.Value : text[i];
            width += IsWide(rune) ? 2 : 1;
            i += length;
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F1E6 and <= 0x1F1FF
            or >= 0x1F300 and <= 0x1F64F or >= 0x1F900 and <= 0x1F9FF or >= 0x20000 and <= 0x3FFFD;

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private string Paint(string code, string text) => color ? code + text + Reset : text;
}
