using System.Text.Json;
using EditorialLint.Cli.Formatters;
using EditorialLint.Cli.Tests.Fixing;
using EditorialLint.Core.Diagnostics;
using NJsonSchema;

namespace EditorialLint.Cli.Tests.Formatters;

/// <summary><c>--format sarif</c>: valid SARIF 2.1.0 by the schema, with the regions and fixes the contract promises.</summary>
public sealed class SarifFormatterTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(TestFiles.SarifSchema).GetAwaiter().GetResult());

    private readonly FixWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Sarif_ShippedRulesOnTheSeedArticles_IsValidAgainstTheSchema()
    {
        var stdout = new StringWriter();
        var code = EntryPoint.Run(["lint", TestFiles.Path("fixtures", "articles"), "--format", "sarif"], new StringReader(string.Empty), stdout, new StringWriter());

        Assert.Equal(1, code);
        AssertValid(stdout.ToString());
        using var doc = JsonDocument.Parse(stdout.ToString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.NotEmpty(run.GetProperty("results").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(result.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Sarif_OneFile_CarriesRegionsFixesAndRuleHelp()
    {
        // Line 2 starts after a CRLF; the flag is two UTF-16 units per regional indicator.
        var path = _workspace.Write("a b.txt", "🇺🇦 first\r\nTroops left Kiev.Then rest.\n");

        var run = _workspace.Lint(path, "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        AssertValid(run.Stdout);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var sarifRun = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal("utf16CodeUnits", sarifRun.GetProperty("columnKind").GetString());
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("editorial-lint", driver.GetProperty("name").GetString());
        Assert.Equal(ToolInfo.Version, driver.GetProperty("version").GetString());
        Assert.Equal(SarifFormatter.InformationUri, driver.GetProperty("informationUri").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["TST0001", "TST0002"], rules.Select(r => r.GetProperty("id").GetString()));
        var swap = rules[0];
        Assert.Equal("RussianTransliterationOfAUkrainianCity", swap.GetProperty("name").GetString());
        Assert.Equal("Russian transliteration of a Ukrainian city", swap.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(swap.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.EndsWith("/TST0001.md", swap.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("warning", swap.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("style", swap.GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal("error", rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var kiev = results[0];
        Assert.Equal("TST0001", kiev.GetProperty("ruleId").GetString());
        Assert.Equal(0, kiev.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("warning", kiev.GetProperty("level").GetString());
        Assert.Equal("Use 'Kyiv', not 'Kiev'", kiev.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(kiev.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(SarifFormatter.ArtifactUri(path), location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(13, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(2, region.GetProperty("endLine").GetInt32());
        Assert.Equal(17, region.GetProperty("endColumn").GetInt32());
        Assert.Equal(24, region.GetProperty("charOffset").GetInt32());
        Assert.Equal(4, region.GetProperty("charLength").GetInt32());
        Assert.Equal("Kiev", region.GetProperty("snippet").GetProperty("text").GetString());

        var fix = Assert.Single(kiev.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Replace 'Kiev' with 'Kyiv'", fix.GetProperty("description").GetProperty("text").GetString());
        var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal(SarifFormatter.ArtifactUri(path), change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        Assert.Equal(24, replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32());
        Assert.Equal(4, replacement.GetProperty("deletedRegion").GetProperty("charLength").GetInt32());
        Assert.Equal("Kyiv", replacement.GetProperty("insertedContent").GetProperty("text").GetString());

        Assert.Equal("error", results[1].GetProperty("level").GetString());
        Assert.Equal(1, results[1].GetProperty("ruleIndex").GetInt32());
    }

    [Fact]
    public void Sarif_NoDiagnostics_IsValidWithAnEmptyResultList()
    {
        var path = _workspace.Write("a.txt", "Nothing to see.\n");

        var run = _workspace.Lint(path, "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        AssertValid(run.Stdout);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Empty(doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Schema_RejectsAnInvalidLog()
    {
        // The validator is not vacuous: an unknown level and an unknown property are caught.
        const string invalid = """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal","bogus":1}]}]}""";

        Assert.NotEmpty(Schema.Value.Validate(invalid));
    }

    [Theory]
    [InlineData("articles/a b.md", "articles/a%20b.md")]
    [InlineData(@"articles\x.md", "articles/x.md")]
    [InlineData("./news/x.md", "news/x.md")]
    [InlineData("<stdin>", "%3Cstdin%3E")]
    public void ArtifactUri_RelativePath_IsARelativeUriWithForwardSlashes(string path, string uri)
    {
        Assert.Equal(uri, SarifFormatter.ArtifactUri(path));
    }

    [Fact]
    public void ArtifactUri_FileOutsideTheWorkingFolder_IsAFileUri()
    {
        var outside = Path.Combine(Path.GetTempPath(), "editorial-lint-elsewhere", "a.md");

        Assert.StartsWith("file:///", SarifFormatter.ArtifactUri(outside), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Suggestion, "note")]
    public void Level_Severity_MapsToSarifLevel(Severity severity, string level)
    {
        Assert.Equal(level, SarifFormatter.Level(severity));
    }

    private static void AssertValid(string sarif)
    {
        var errors = Schema.Value.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }
}
