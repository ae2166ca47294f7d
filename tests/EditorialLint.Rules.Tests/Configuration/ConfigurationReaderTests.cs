using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Configuration;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Configuration;

public sealed class ConfigurationReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("editorial-lint-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, LintConfiguration.FileName);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void Read_FullConfiguration_GivesPacksSeveritiesPreferencesAndIgnores()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "house"));
        var path = Write("""
            rules: [house/]
            severity:
              EDL0301: none
              machine-translation: suggestion
              EDL0101: warning
            prefer: [Kyiv, Zelensky]
            ignore: ["drafts/**", "*.tmp.md"]
            """);

        var config = ConfigurationReader.Read(path);

        Assert.Equal([Path.Combine(_folder, "house")], config.RulePacks.Select(p => p.TrimEnd(Path.DirectorySeparatorChar)));
        Assert.Equal([("EDL0301", (Severity?)null), ("machine-translation", Severity.Suggestion), ("EDL0101", Severity.Warning)],
            config.Severities.Select(s => (s.Target, s.Severity)));
        Assert.Equal(["Kyiv", "Zelensky"], config.Prefer);
        Assert.True(config.Ignores(Path.Combine(_folder, "drafts", "a", "story.md")));
        Assert.True(config.Ignores(Path.Combine(_folder, "x", "note.tmp.md")));
        Assert.False(config.Ignores(Path.Combine(_folder, "stories", "story.md")));
    }

    [Theory]
    [InlineData("colour: red\n", 1, 1, "unknown key 'colour'")]
    [InlineData("severity:\n  EDL0301: loud\n", 2, 3, "must be error, warning, suggestion or none, not 'loud'")]
    [InlineData("severity:\n  opinion: error\n", 2, 3, "'opinion' is neither a rule id")]
    [InlineData("rules: [missing/]\n", 1, 9, "rule pack 'missing/' not found")]
    [InlineData("prefer: [Kyiv\n", 2, 1, "YAML syntax error")]
    public void Read_BadConfiguration_IsRefusedWithItsPlace(string yaml, int line, int column, string problem)
    {
        var path = Write(yaml);

        var error = Assert.Throws<RuleLoadException>(() => ConfigurationReader.Read(path));

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(LintConfiguration.FileName, error.File, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Locator_FindsTheNearestConfigurationAbove()
    {
        var outer = Write("prefer: [Kyiv]\n");
        var inner = Path.Combine(_folder, "desk", LintConfiguration.FileName);
        Directory.CreateDirectory(Path.Combine(_folder, "desk", "world"));
        File.WriteAllText(inner, "prefer: [Kiev]\n");
        var locator = new ConfigurationLocator();

        Assert.Equal(inner, locator.Find(Path.Combine(_folder, "desk", "world", "story.md")));
        Assert.Equal(outer, locator.Find(Path.Combine(_folder, "story.md")));
    }
}
