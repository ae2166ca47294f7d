using System.Text;
using System.Text.Json;
using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// The JSON output as CONTRACT.md fixes it for CMS hooks and CI scripts: exact shape, spans in
/// UTF-16 units that slice the decoded file, 1-based positions that agree with the offsets, sorted,
/// deterministic.
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed class JsonContractTests
{
    private static readonly string[] DiagnosticKeys =
        ["ruleId", "category", "severity", "message", "line", "column", "endLine", "endColumn", "offset", "length", "text", "fixes"];

    private static readonly string[] ContractCategories =
        ["scraper-artifact", "official-name", "machine-translation", "truncation", "punctuation", "consistency", "style"];

    private static readonly string[] ContractSeverities = ["error", "warning", "suggestion"];

    private static readonly string SeedGlob = "fixtures/articles/*.txt";

    [Fact]
    public void Lint_Seeds_JsonHasExactlyTheContractShape()
    {
        var result = Tool.Run("lint", SeedGlob, "--format", "json");

        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["tool", "files", "summary"], Keys(root));
        Assert.Equal(["name", "version"], Keys(root.GetProperty("tool")));
        Assert.Equal("editorial-lint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", root.GetProperty("tool").GetProperty("version").GetString());
        Assert.Equal(["files", "errors", "warnings", "suggestions"], Keys(root.GetProperty("summary")));

        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(5, files.Count);
        var diagnostics = 0;
        foreach (var file in files)
        {
            Assert.Equal(["path", "diagnostics"], Keys(file));
            Assert.Equal(JsonValueKind.String, file.GetProperty("path").ValueKind);
            foreach (var d in file.GetProperty("diagnostics").EnumerateArray())
            {
                diagnostics++;
                Assert.Equal(DiagnosticKeys, Keys(d));
                foreach (var key in new[] { "ruleId", "category", "severity", "message", "text" })
                    Assert.Equal(JsonValueKind.String, d.GetProperty(key).ValueKind);
                foreach (var key in new[] { "line", "column", "endLine", "endColumn", "offset", "length" })
                    Assert.Equal(JsonValueKind.Number, d.GetProperty(key).ValueKind);
                Assert.Contains(d.GetProperty("category").GetString(), ContractCategories);
                Assert.Contains(d.GetProperty("severity").GetString(), ContractSeverities);
                Assert.Matches("^[A-Z]{2,8}[0-9]{3,5}$", d.GetProperty("ruleId").GetString());
                foreach (var fix in d.GetProperty("fixes").EnumerateArray())
                {
                    Assert.Equal(["offset", "length", "replacement"], Keys(fix));
                    Assert.Equal(JsonValueKind.String, fix.GetProperty("replacement").ValueKind);
                }
            }
        }

        Assert.True(diagnostics > 0, "the seeds are damaged; the shape test must see diagnostics");
    }

    [Fact]
    public void Lint_Seeds_SummaryCountsTheDiagnosticsListed()
    {
        var report = LintReport.Parse(Tool.Run("lint", SeedGlob, "--format", "json").Stdout);

        var all = report.AllDiagnostics.ToList();
        Assert.Equal(report.Files.Count, report.Summary.Files);
        Assert.Equal(all.Count(d => d.Severity == "error"), report.Summary.Errors);
        Assert.Equal(all.Count(d => d.Severity == "warning"), report.Summary.Warnings);
        Assert.Equal(all.Count(d => d.Severity == "suggestion"), report.Summary.Suggestions);
    }

    [Fact]
    public void Lint_Seeds_EverySpanSlicesTheDecodedFileAndAgreesWithLineAndColumn()
    {
        var report = LintReport.Parse(Tool.Run("lint", SeedGlob, "--format", "json").Stdout);

        Assert.Equal(5, report.Files.Count);
        foreach (var file in report.Files)
            AssertSpansMatchFile(file, TextPositions.Decoded(RepositoryRoot.Combine(file.Path)));
    }

    [Fact]
    public void Lint_CrlfBomAndAstralCharactersBeforeTheProblem_CountsUtf16UnitsOfTheDecodedText()
    {
        using var temp = new TempFolder();
        // Emoji (surrogate pairs, a flag of two) and a mathematical letter stand before each problem.
        var text = "Talks on Ukraine\r\n\r\n😀🇺🇦 Secretary of State Anthony Blinken spoke on Sunday.\r\n\r\nThe 𝕏 account said officials met in Kiev on Monday.\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var path = temp.WriteBytes("crlf-bom.txt", bytes);

        var report = LintReport.Parse(Tool.Run("lint", path, "--format", "json").Stdout);

        var file = report.File(path);
        AssertSpansMatchFile(file, text);
        var name = Assert.Single(file.Diagnostics, d => d.RuleId == "EDL0101");
        Assert.Equal(text.IndexOf("Anthony Blinken", StringComparison.Ordinal), name.Offset);
        Assert.Equal((3, 27, 3, 42), (name.Line, name.Column, name.EndLine, name.EndColumn));
        var place = Assert.Single(file.Diagnostics, d => d.RuleId == "EDL0701");
        Assert.Equal(text.IndexOf("Kiev", StringComparison.Ordinal), place.Offset);
        Assert.Equal((5, 38, 5, 42), (place.Line, place.Column, place.EndLine, place.EndColumn));
        Assert.Equal("Kyiv", Assert.Single(place.Fixes).Replacement);
    }

    [Fact]
    public void Lint_Seeds_DiagnosticsAreSortedByOffsetThenRuleId()
    {
        var report = LintReport.Parse(Tool.Run("lint", SeedGlob, "--format", "json").Stdout);

        foreach (var file in report.Files)
        {
            var sorted = file.Diagnostics
                .OrderBy(d => d.Offset)
                .ThenBy(d => d.RuleId, StringComparer.Ordinal)
                .ToList();
            Assert.Equal(sorted.Select(d => d.Identity), file.Diagnostics.Select(d => d.Identity));
        }
    }

    [Fact]
    public void Lint_SameInputTwice_WritesIdenticalOutput()
    {
        var first = Tool.Run("lint", SeedGlob, "--format", "json");
        var second = Tool.Run("lint", SeedGlob, "--format", "json");

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.ExitCode, second.ExitCode);
    }

    [Fact]
    public void Lint_FolderWithOneJobAndWithFour_WritesIdenticalOutput()
    {
        var serial = Tool.Run("lint", "fixtures/articles", "--format", "json", "--jobs", "1");
        var parallel = Tool.Run("lint", "fixtures/articles", "--format", "json", "--jobs", "4");

        Assert.Equal(serial.Stdout, parallel.Stdout);
        Assert.Equal(serial.ExitCode, parallel.ExitCode);
        var paths = LintReport.Parse(parallel.Stdout).Files.Select(f => f.Path).ToList();
        Assert.Equal(5, paths.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    private static void AssertSpansMatchFile(FileEntry file, string decoded)
    {
        foreach (var d in file.Diagnostics)
        {
            var where = $"{file.Path} {d.RuleId} at {d.Offset}";
            Assert.True(d.Offset >= 0 && d.Length >= 0 && d.Offset + d.Length <= decoded.Length, $"{where}: span outside the file");
            Assert.True(d.Text == decoded.Substring(d.Offset, d.Length), $"{where}: text '{d.Text}' is not the slice '{decoded.Substring(d.Offset, d.Length)}'");
            Assert.True(TextPositions.At(decoded, d.Offset) == (d.Line, d.Column), $"{where}: start is {TextPositions.At(decoded, d.Offset)}, reported ({d.Line}, {d.Column})");
            Assert.True(TextPositions.At(decoded, d.Offset + d.Length) == (d.EndLine, d.EndColumn), $"{where}: end is {TextPositions.At(decoded, d.Offset + d.Length)}, reported ({d.EndLine}, {d.EndColumn})");
            foreach (var fix in d.Fixes)
                Assert.True(fix.Offset >= 0 && fix.Length >= 0 && fix.Offset + fix.Length <= decoded.Length, $"{where}: fix span outside the file");
        }
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
