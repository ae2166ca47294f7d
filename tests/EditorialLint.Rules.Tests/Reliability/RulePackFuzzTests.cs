using System.Text.RegularExpressions;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EditorialLint.Rules.Tests.Reliability;

/// <summary>
/// The shipped packs, damaged: a mutated pack either loads (read, compiled, its examples pass) or
/// is refused with a <see cref="RuleLoadException"/> whose message is one line
/// <c>file:line:col: problem</c> pointing into the file; never any other exception.
/// </summary>
public sealed partial class RulePackFuzzTests
{
    private static readonly IReadOnlyList<string> Packs = RuleSource.Shipped.PackFiles();

    [GeneratedRegex(@"^(?<file>[^\r\n]+?):(?<line>[0-9]+):(?<col>[0-9]+): (?<problem>[^\r\n]+)$")]
    private static partial Regex OneLine();

    /// <summary>A shipped pack's name and the changes made to it.</summary>
    public sealed record DamagedPack(string Pack, PackMutation[] Mutations)
    {
        public string Yaml => PackMutation.Apply(RuleSource.Shipped.ReadText(Pack)!, Mutations);

        public override string ToString() => $"{Pack} with {string.Join("; ", Mutations.Select(m => m.ToString()))}";
    }

    public static Arbitrary<DamagedPack> DamagedPacks() =>
        Arb.From(
            Gen.Zip(Gen.Elements(Packs.ToArray()), PackMutation.Lists).Select(t => new DamagedPack(t.Item1, t.Item2)),
            d => PackMutation.Shrink(d.Mutations).Select(m => d with { Mutations = m }));

    [Property(MaxTest = 250, Arbitrary = [typeof(RulePackFuzzTests)])]
    public void Load_DamagedShippedPack_LoadsOrFailsWithOneLineThatPointsIntoTheFile(DamagedPack damaged)
    {
        var yaml = damaged.Yaml;
        var outcome = Load(damaged.Pack, yaml);

        if (outcome is null) return;
        var shown = RuleSource.Shipped.DisplayName(damaged.Pack);
        // Reported: a value quoted in the message keeps its line breaks (Load_ValueWithALineBreak_IsQuotedOnOneLine).
        var message = outcome.Message.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        var match = OneLine().Match(message);
        Assert.True(match.Success, $"not one 'file:line:col: problem' line: {PackMutation.Quote(outcome.Message)}\npack: {PackMutation.Quote(yaml)}");
        Assert.True(match.Groups["file"].Value == shown || match.Groups["file"].Value.EndsWith(".yaml", StringComparison.Ordinal),
            $"names '{match.Groups["file"].Value}', not a rule or data file: {outcome.Message}");
        var line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(line >= 1 && column >= 1, $"line {line}, column {column}: {outcome.Message}");
        if (match.Groups["file"].Value == shown)
        {
            var lines = yaml.Split('\n');
            Assert.True(line <= lines.Length + 1, $"line {line} of a {lines.Length}-line file: {outcome.Message}");
        }
    }

    [Fact]
    public void Load_EmptyExpect_IsRefusedWithItsPlace()
    {
        const string yaml = """
            rules:
              - id: HOUSE001
                title: House ban
                category: style
                kind: existence
                message: "'{match}' is banned"
                terms: [zorblax]
                examples:
                  - bad: "The zorblax is here."
                    expect: [""]
            """;

        var refusal = Load("house.rules.yaml", yaml);

        Assert.NotNull(refusal);
        Assert.Equal(10, refusal.Line);
    }

    [Theory]
    [InlineData(": [\nd\n")]
    [InlineData(": {\ns\n")]
    [InlineData("- ''['''\nd\n")]
    [InlineData("? :\n")]
    [InlineData(" : 1\n")]
    public void Load_YamlThatTripsTheParser_IsRefusedWithItsPlace(string yaml)
    {
        var refusal = Load("house.rules.yaml", yaml);

        Assert.NotNull(refusal);
        Assert.Matches(OneLine(), refusal.Message);
    }

    [Fact]
    public void Load_ValueWithALineBreak_IsQuotedOnOneLine()
    {
        const string yaml = """
            rules:
              - id: HOUSE001
                title: House ban
                category: style
                kind: existence
                message: "'{match}' is banned"
                terms: [zorblax]
                examples:
                  - bad: "The zorblax is here."
                    expect: ["zorblax\nis"]
            """;

        var refusal = Load("house.rules.yaml", yaml);

        Assert.NotNull(refusal);
        Assert.Matches(OneLine(), refusal.Message);
    }

    [Fact]
    public void Load_EveryShippedPackUnchanged_Loads()
    {
        foreach (var pack in Packs) Assert.Null(Load(pack, RuleSource.Shipped.ReadText(pack)!));
    }

    /// <summary>Reads, compiles and runs the examples as <c>--rules</c> does; returns the refusal, or null when it loads.</summary>
    private static RuleLoadException? Load(string pack, string yaml)
    {
        try
        {
            var rules = RuleSetCompiler.Compile([RulePackReader.Parse(RuleSource.Shipped, pack, yaml)]);
            var linter = new ArticleLinter(rules);
            var failure = rules.Specs.SelectMany(s => ExampleRunner.Run(linter, s)).FirstOrDefault();
            return failure is null ? null : new RuleLoadException(failure.File, failure.Line, 1, $"rule {failure.RuleId} fails its own example: {failure.Problem}");
        }
        catch (RuleLoadException e)
        {
            return e;
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{e.GetType().Name} escaped: {e.Message}\n{e.StackTrace}\npack: {PackMutation.Quote(yaml)}");
        }
    }
}
