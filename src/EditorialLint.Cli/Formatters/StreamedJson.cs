using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EditorialLint.Cli.Formatters;

/// <summary>
/// One JSON document written in parts as a run goes: one writer for the whole document (it keeps
/// the nesting and the commas between parts), flushed into a buffer that each part passes on and empties.
/// </summary>
internal sealed class StreamedJson : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly MemoryStream _buffer = new();

    public StreamedJson() => Writer = new Utf8JsonWriter(_buffer, Options);

    /// <summary>The writer of the whole document.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes what the writer has produced so far (whole tokens, so whole characters) and empties the buffer.</summary>
    public void PassTo(TextWriter output)
    {
        Writer.Flush();
        output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    public void Dispose()
    {
        Writer.Dispose();
        _buffer.Dispose();
    }
}
