using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatters;

/// <summary>The contract's JSON: tool, files with their diagnostics, summary.</summary>
public sealed class JsonFormatter : IFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public void Write(TextWriter output, IReadOnlyList<FileReport> files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteStartArray("diagnostics");
                foreach (var d in file.Diagnostics) WriteDiagnostic(json, d);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var summary = Summary.Of(files);
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("suggestions", summary.Suggestions);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
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
