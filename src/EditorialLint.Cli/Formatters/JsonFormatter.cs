using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatters;

/// <summary>The contract's JSON: tool, files with their diagnostics, summary.</summary>
public sealed class JsonFormatter : IStreamingFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // One writer for the whole document (it keeps the nesting and commas between calls); it is
    // flushed into the buffer after each part, and the buffer is passed on and emptied.
    private readonly MemoryStream _buffer = new();
    private Utf8JsonWriter? _json;

    /// <inheritdoc />
    public void Write(TextWriter output, IReadOnlyList<FileReport> files)
    {
        Begin(output);
        foreach (var file in files) WriteFile(output, file);
        End(output, Summary.Of(files));
    }

    /// <inheritdoc />
    public void Begin(TextWriter output)
    {
        _buffer.SetLength(0);
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteString("name", ToolInfo.Name);
        _json.WriteString("version", ToolInfo.Version);
        _json.WriteEndObject();
        _json.WriteStartArray("files");
        Pass(output);
    }

    /// <inheritdoc />
    public void WriteFile(TextWriter output, FileReport file)
    {
        var json = _json ?? throw new InvalidOperationException("Begin first");
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteStartArray("diagnostics");
        foreach (var d in file.Diagnostics) WriteDiagnostic(json, d);
        json.WriteEndArray();
        json.WriteEndObject();
        Pass(output);
    }

    /// <inheritdoc />
    public void End(TextWriter output, Summary summary)
    {
        var json = _json ?? throw new InvalidOperationException("Begin first");
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("suggestions", summary.Suggestions);
        json.WriteEndObject();
        json.WriteEndObject();
        Pass(output);
        json.Dispose();
        _json = null;
        output.WriteLine();
    }

    /// <summary>Writes what the JSON writer has produced so far (whole tokens, so whole characters) and empties the buffer.</summary>
    private void Pass(TextWriter output)
    {
        _json!.Flush();
        output.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    /// <summary>Writes one diagnostic as the contract shapes it.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        json.WriteString("category", d.Category);
        json.WriteString("severity", d.Severity.ToName());
        json.WriteString("message", d.Message);
        if (d.Field is not null) json.WriteString("field", d.Field);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteNumber("endLine", d.EndLine);
        json.WriteNumber("endColumn", d.EndColumn);
        json.WriteNumber("offset", d.Offset);
        json.WriteNumber("length", d.Length);
        json.WriteString("text", d.Text);
        json.WriteStartArray("fixes");
        foreach (var f in d.Fixes)
        {
            json.WriteStartObject();
            json.WriteNumber("offset", f.Offset);
            json.WriteNumber("length", f.Length);
            json.WriteString("replacement", f.Replacement);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
