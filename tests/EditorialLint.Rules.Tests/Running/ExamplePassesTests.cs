using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Running;

/// <summary>
/// A pack's passing examples are remembered for its exact text, the data it read and this build;
/// any change runs them again, and a failure is never remembered.
/// </summary>
public sealed class ExamplePassesTests : IDisposable
{
    private const string Registry = """
        officials:
          - name: Jen Psaki
            roles:
              - role: White House Press Secretary
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("editorial-lint-examples-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Packs => Path.Combine(_folder, "packs");

    private ExamplePasses Passes => new(Path.Combine(_folder, "cache"));

    private static string Pack(string term, string example) => $"""
        rules:
          - id: TST0101
            title: Misspelled name
            category: official-name
            severity: error
            kind: official-name
            check: misspelling
            registry: mine.yaml
            message: "'{"{match}"}' looks like a misspelling of {"{expected}"}"
            examples:
              - good: "Nothing to see."
          - id: TST0201
            title: A term
            category: style
            severity: warning
            kind: existence
            message: "Found"
            terms: [{term}]
            examples:
              - {example}
        """;

    // A good example that holds the term fails.
    private const string Failing = "good: \"a lorem b\"";

    private CompiledRuleSet Load(string term = "lorem", string example = "{ bad: \"a lorem b\", expect: [lorem] }", string registry = Registry)
    {
        Directory.CreateDirectory(Packs);
        File.WriteAllText(Path.Combine(Packs, "p.rules.yaml"), Pack(term, example));
        File.WriteAllText(Path.Combine(Packs, "mine.yaml"), registry);
        return RuleSetCompiler.Load([RuleSource.Shipped, RuleSource.FromPath(Packs)]);
    }

    [Fact]
    public void FirstFailure_OfPassingExamples_IsRemembered_ForTheSamePacksLoadedAgain()
    {
        Assert.Null(ExampleRunner.FirstFailureOfOwnRules(Load(), Passes));

        Assert.True(Passes.Contains(ExamplePasses.KeyOf(Load())!));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "cache"), "*.pass"));
    }

    [Fact]
    public void KeyOf_ChangesWithThePackText_AndWithTheDataItRead()
    {
        Assert.Null(ExampleRunner.FirstFailureOfOwnRules(Load(), Passes));

        Assert.False(Passes.Contains(ExamplePasses.KeyOf(Load(term: "ipsum", example: "{ bad: \"an ipsum b\", expect: [ipsum] }"))!));
        Assert.False(Passes.Contains(ExamplePasses.KeyOf(Load(registry: Registry + "\n    alternatives: [Psaky]"))!));
        Assert.True(Passes.Contains(ExamplePasses.KeyOf(Load())!));
    }

    [Fact]
    public void FirstFailure_IsReportedOnEveryRun_AndNeverRemembered()
    {
        var first = ExampleRunner.FirstFailureOfOwnRules(Load(example: Failing), Passes);
        var second = ExampleRunner.FirstFailureOfOwnRules(Load(example: Failing), Passes);

        Assert.Equal("TST0201", first?.RuleId);
        Assert.Equal(first, second);
        Assert.False(Directory.Exists(Path.Combine(_folder, "cache")) && Directory.GetFiles(Path.Combine(_folder, "cache")).Length > 0);
    }

    [Fact]
    public void FirstFailure_OfRulesRememberedAsPassing_DoesNotRunThem()
    {
        var rules = Load(example: Failing);
        Passes.Add(ExamplePasses.KeyOf(rules)!);

        Assert.Null(ExampleRunner.FirstFailureOfOwnRules(rules, Passes));
    }

    [Fact]
    public void FirstFailure_WhereNothingCanBeWritten_StillRunsTheExamples()
    {
        File.WriteAllText(Path.Combine(_folder, "file"), "not a folder");
        var passes = new ExamplePasses(Path.Combine(_folder, "file", "cache"));

        Assert.Null(ExampleRunner.FirstFailureOfOwnRules(Load(), passes));
        Assert.Equal("TST0201", ExampleRunner.FirstFailureOfOwnRules(Load(example: Failing), passes)?.RuleId);
        Assert.False(passes.Contains(ExamplePasses.KeyOf(Load())!));
    }
    [Fact]
    public void Add_ALargeKey_KeepsASmallEntryThatMatchesOnlyThatKey()
    {
        // A key holds whole packs: a 5,000-name dictionary is megabytes, its pass need not be.
        var key = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"name {i}\n"));
        var other = key[..^2] + "X\n";

        Passes.Add(key);

        Assert.True(Passes.Contains(key));
        Assert.False(Passes.Contains(other));
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(_folder, "cache"), "*.pass"));
        Assert.True(new FileInfo(entry).Length <= 64, $"a pass entry of {new FileInfo(entry).Length} bytes");
    }
}
