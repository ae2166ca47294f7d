using System.Text;

namespace EditorialLint.Core.Reading;

/// <summary>
/// A decoded input: its text without the byte-order mark, and what is needed to write it back.
/// </summary>
public sealed class SourceText
{
    /// <summary>Wraps an already decoded text.</summary>
    /// <param name="path">The path it came from, as given (<c>-</c> for standard input).</param>
    /// <param name="text">The decoded text, without a byte-order mark.</param>
    /// <param name="encoding">The encoding it was read with; UTF-8 without a BOM by default.</param>
    /// <param name="hasBom">Whether the input started with a byte-order mark.</param>
    public SourceText(string path, string text, Encoding? encoding = null, bool hasBom = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
        Encoding = encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        HasBom = hasBom;
        NewLine = DetectNewLine(text);
    }

    /// <summary>The path the input came from, as given.</summary>
    public string Path { get; }

    /// <summary>The decoded text, byte-order mark removed, line endings as in the input.</summary>
    public string Text { get; }

    /// <summary>The encoding the input was decoded with (its preamble matches <see cref="HasBom"/>).</summary>
    public Encoding Encoding { get; }

    /// <summary>Whether the input started with a byte-order mark.</summary>
    public bool HasBom { get; }

    /// <summary><c>"\r\n"</c> when that is the dominant line ending, otherwise <c>"\n"</c>.</summary>
    public string NewLine { get; }

    private static string DetectNewLine(string text)
    {
        int crlf = 0, lf = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (i > 0 && text[i - 1] == '\r')
            {
                crlf++;
            }
            else
            {
                lf++;
            }
        }

        return crlf > lf ? "\r\n" : "\n";
    }
}
