using System.Text.Json;

namespace EditorialLint.Cli.Tests.Running;

/// <summary>The <c>--format json</c> output, read back as a CMS hook or CI script would.</summary>
internal sealed record LintReport(ToolEntry Tool, IReadOnlyList<FileEntry> Files, SummaryEntry Summary)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses the tool's standard output.</summary>
    public static LintReport Parse(string json) =>
        JsonSerializer.Deserialize<LintReport>(json, Options) ?? throw new JsonException("the output is JSON null");

    /// <summary>Every diagnostic of every file.</summary>
    public IEnumerable<DiagnosticEntry> AllDiagnostics => Files.SelectMany(f => f.Diagnostics);

    /// <summary>The entry for <paramref name="path"/>.</summary>
    public FileEntry File(string path) => Files.Single(f => f.Path == path);
}

/// <summary>The <c>tool</c> object.</summary>
internal sealed record ToolEntry(string Name, string Version);

/// <summary>One entry of <c>files</c>.</summary>
internal sealed record FileEntry(string Path, IReadOnlyList<DiagnosticEntry> Diagnostics);

/// <summary>One diagnostic as the contract shapes it; <c>field</c> appears only for CMS JSON articles.</summary>
internal sealed record DiagnosticEntry(
    string RuleId,
    string Category,
    string Severity,
    string Message,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    int Offset,
    int Length,
    string Text,
    IReadOnlyList<FixEntry> Fixes,
    string? Field = null)
{
    /// <summary>What identifies the diagnostic, for comparing two runs (records compare lists by reference).</summary>
    public (string RuleId, string Severity, int Offset, int Length, string Text, string Message) Identity =>
        (RuleId, Severity, Offset, Length, Text, Message);
}

/// <summary>One replacement of a diagnostic's <c>fixes</c>.</summary>
internal sealed record FixEntry(int Offset, int Length, string Replacement);

/// <summary>The <c>summary</c> object.</summary>
internal sealed record SummaryEntry(int Files, int Errors, int Warnings, int Suggestions);
