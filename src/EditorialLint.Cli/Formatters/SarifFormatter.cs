using System.Text;
using System.Text.Json;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;

namespace EditorialLint.Cli.Formatters;

/// <summary>
/// SARIF 2.1.0, as code-scanning services read it: one run whose driver lists every loaded rule with
/// its help, and one result per diagnostic with its region (lines, UTF-16 columns and offsets, the
/// snippet) and its fixes as replacements in the file.
/// </summary>
/// <remarks>
/// It streams: the driver's rules are known before the first file, so each file's results are
/// written as the file comes and a run over many files holds one file's report at a time.
/// </remarks>
/// <param name="rules">The loaded rules by id; listed in id order.</param>
public sealed class SarifFormatter(IReadOnlyDictionary<string, RuleDescriptor> rules) : IStreamingFormatter
{
    /// <summary>The schema the output declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Where people learn about the tool.</summary>
    public const string InformationUri = "https://github.com/editorial-lint/editorial-lint";

    private StreamedJson? _document;
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Write(TextWriter output, IReadOnlyList<FileReport> files) => StreamingFormatter.WriteAll(this, output, files);

    /// <inheritdoc />
    public void Begin(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var ordered = rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++) _index[ordered[i].Id] = i;

        _document = new StreamedJson();
        var json = _document.Writer;
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, ordered);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        _document.PassTo(output);
    }

    /// <inheritdoc />
    public void WriteFile(TextWriter output, FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = _document ?? throw new InvalidOperationException("Begin first");
        var uri = ArtifactUri(file.Path);
        foreach (var d in file.Diagnostics) WriteResult(document.Writer, d, uri, _index, file.SourceText);
        document.PassTo(output);
    }

    /// <inheritdoc />
    public void End(TextWriter output, Summary summary)
    {
        var document = _document ?? throw new InvalidOperationException("Begin first");
        var json = document.Writer;
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        document.PassTo(output);
        document.Dispose();
        _document = null;
        output.WriteLine();
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// The artifact URI of a path: relative to the working folder with forward slashes and each
    /// segment percent-encoded, or a <c>file:</c> URI for a file outside it.
    /// </summary>
    public static string ArtifactUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = path;
        if (Path.IsPathRooted(path))
        {
            relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
            var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (outside || Path.IsPathRooted(relative)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var segments = relative.Replace('\\', '/').Split('/').ToList();
        while (segments.Count > 1 && segments[0] == ".") segments.RemoveAt(0);
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    /// <summary>A rule's title as an identifier-like name: "Misspelled name of an official" is <c>MisspelledNameOfAnOfficial</c>.</summary>
    public static string RuleName(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            sb.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return sb.ToString();
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> ordered)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in ordered)
        {
            var description = string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description.Trim();
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", description);
            WriteMessage(json, "help", description);
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteString("kind", rule.Kind);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, string uri, Dictionary<string, int> index, string source)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        if (index.TryGetValue(d.RuleId, out var ruleIndex)) json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        WriteMessage(json, "message", d.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, uri);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Line);
        json.WriteNumber("startColumn", d.Column);
        json.WriteNumber("endLine", d.EndLine);
        json.WriteNumber("endColumn", d.EndColumn);
        json.WriteNumber("charOffset", d.Offset);
        json.WriteNumber("charLength", d.Length);
        WriteMessage(json, "snippet", d.Text);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (d.Fixes.Count > 0)
        {
            json.WriteStartArray("fixes");
            foreach (var fix in d.Fixes)
            {
                json.WriteStartObject();
                WriteMessage(json, "description", Describe(fix, source));
                json.WriteStartArray("artifactChanges");
                json.WriteStartObject();
                WriteArtifact(json, uri);
                json.WriteStartArray("replacements");
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("charOffset", fix.Offset);
                json.WriteNumber("charLength", fix.Length);
                json.WriteEndObject();
                WriteMessage(json, "insertedContent", fix.Replacement);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string Describe(Fix fix, string source)
    {
        var replaced = fix.Offset >= 0 && fix.Length >= 0 && fix.Offset + fix.Length <= source.Length
            ? source.Substring(fix.Offset, fix.Length)
            : string.Empty;
        if (replaced.Length == 0) return $"Insert '{fix.Replacement}'";
        return fix.Replacement.Length == 0 ? $"Delete '{replaced}'" : $"Replace '{replaced}' with '{fix.Replacement}'";
    }

    private static void WriteArtifact(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
