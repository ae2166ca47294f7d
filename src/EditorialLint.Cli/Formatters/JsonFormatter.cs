using System.Text.Json;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatters;

/// <summary>The contract's JSON: tool, files with their diagnostics, summary.</summary>
public sealed class JsonFormatter : IStreamingFormatter
{
    private StreamedJson? _document;

    /// <inheritdoc />
    public void Write(TextWriter output, IReadOnlyList<FileReport> files) => StreamingFormatter.WriteAll(this, output, files);

    /// <inheritdoc />
    public void Begin(TextWriter output)
    {
        _document = new StreamedJson();
        var json = _document.Writer;
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("files");
        _document.PassTo(output);
    }

    /// <inheritdoc />
    public void WriteFile(TextWriter output, FileReport file)
    {
        var document = _document ?? throw new InvalidOperationException("Begin first");
        var json = document.Writer;
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteStartArray("diagnostics");
        foreach (var d in file.Diagnostics) WriteDiagnostic(json, d);
        json.WriteEndArray();
        json.WriteEndObject();
        document.PassTo(output);
    }

    /// <inheritdoc />
    public void End(TextWriter output, Summary summary)
    {
        var document = _document ?? throw new InvalidOperationException("Begin first");
        var json = document.Writer;
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("suggestions", summary.Suggestions);
        json.WriteEndObject();
        json.WriteEndObject();
        document.PassTo(output);
        document.Dispose();
        _document = null;
        output.WriteLine();
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
