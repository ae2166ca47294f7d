using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Packs;

/// <summary>
/// Loading a folder of packs reports a mistake at its place, in a pack or in a data file it names,
/// and the first mistake in file order; good packs keep their file order.
/// </summary>
public sealed class RuleSetLoadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("editorial-lint-loading-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string NamesRule(string registry) => $"""
        pack: names
        rules:
          - id: TST0101
            title: Misspelled name
            category: official-name
            severity: error
            kind: official-name
            check: misspelling
            registry: {registry}
            message: "'{"{match}"}' looks like a misspelling of {"{expected}"}"
            examples:
              - good: "Nothing to see."
        """;

    private static string Term(string id, string term) => $"""
        pack: p{id}
        rules:
          - id: {id}
            title: A term
            category: style
            severity: warning
            kind: existence
            message: "Found"
            terms: [{term}]
            examples:
              - bad: "a {term} b"
                expect: [{term}]
        """;

    private string Save(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Load_MissingRegistry_IsReportedAtTheRulesRegistryKey()
    {
        Save("names.rules.yaml", NamesRule("nowhere.yaml"));

        var e = Assert.Throws<RuleLoadException>(() => RuleSetCompiler.Load([RuleSource.FromPath(_folder)]));

        Assert.Equal((9, 15), (e.Line, e.Column));
        Assert.EndsWith("names.rules.yaml", e.File, StringComparison.Ordinal);
        Assert.Contains("data file 'nowhere.yaml' not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenRegistry_IsReportedInTheRegistryFile()
    {
        Save("names.rules.yaml", NamesRule("mine.yaml"));
        Save("mine.yaml", "officials:\n  - name: [unclosed\n");

        var e = Assert.Throws<RuleLoadException>(() => RuleSetCompiler.Load([RuleSource.FromPath(_folder)]));

        Assert.EndsWith("mine.yaml", e.File, StringComparison.Ordinal);
        Assert.True(e.Line >= 2, e.Message);
    }

    [Fact]
    public void Load_MissingRegistryThenALaterMistake_ReportsTheRegistryFirst()
    {
        // The name index and its registry are read beside the later rules' compilation; the
        // registry's rule still comes first, so its mistake is the one reported.
        Save("a.rules.yaml", NamesRule("nowhere.yaml"));
        Save("b.rules.yaml", Term("TST0101", "again"));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var e = Assert.Throws<RuleLoadException>(() => RuleSetCompiler.Load([RuleSource.FromPath(_folder)]));
            Assert.EndsWith("a.rules.yaml", e.File, StringComparison.Ordinal);
            Assert.Contains("data file 'nowhere.yaml' not found", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_Shipped_ScannersComeInTheOrderOfTheirRules()
    {
        var rules = RuleSetCompiler.Load([RuleSource.Shipped]);

        // The name index, built aside while the later rules compile, keeps the place of its rule
        // (officials) before the capitalisation and glued-words rules (style, punctuation).
        Assert.Equal(["TermSearch", "PatternSearch", "NameIndex", "CapitalizationScanner", "GluedWordsScanner"],
            rules.Scanners.Select(s => s.GetType().Name));
    }

    [Fact]
    public void Load_SeveralBadPacks_ReportsTheFirstInFileOrder()
    {
        for (var i = 0; i < 8; i++)
            Save($"p{i}.rules.yaml", i is 3 or 6 ? Term($"TST000{i}", "x").Replace("kind:", "knd:", StringComparison.Ordinal) : Term($"TST000{i}", $"term{i}"));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var e = Assert.Throws<RuleLoadException>(() => RuleSetCompiler.Load([RuleSource.FromPath(_folder)]));
            Assert.EndsWith("p3.rules.yaml", e.File, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_GoodPacks_KeepTheirFileOrder()
    {
        for (var i = 0; i < 8; i++) Save($"p{i}.rules.yaml", Term($"TST000{i}", $"term{i}"));

        var rules = RuleSetCompiler.Load([RuleSource.FromPath(_folder)]);

        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"TST000{i}"), rules.Specs.Select(s => s.Id));
    }
}
