using System.Text.RegularExpressions;
using EditorialLint.Cli.Tests.Running;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Cli.Tests;

/// <summary><c>rules list|test|explain</c>, as a rule author uses them.</summary>
[Collection(SeedRunsCollection.Name)]
public sealed class RulesCommandTests
{
    [Fact]
    public void RulesTest_ShippedRules_AllExamplesPassAndTheCountsArePrinted()
    {
        var result = Tool.Run("rules", "test");
        var listed = Tool.Run("rules", "list");

        Assert.Equal(0, result.ExitCode);
        var counts = Regex.Match(result.StdoutLines.Last(l => l.Length > 0), @"^(\d+) rules, (\d+) examples: 0 failed$");
        Assert.True(counts.Success, $"last line: {result.StdoutLines.Last(l => l.Length > 0)}");
        var rules = int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{rules} rules", listed.StdoutLines.Last(l => l.Length > 0));
        Assert.True(int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= rules, "every rule carries at least one example");
    }

    [Fact]
    public void RulesTest_PackWithAFailingExample_ExitsOneAndNamesFileLineRuleAndDifference()
    {
        using var temp = new TempFolder();
        var pack = temp.Write("house.rules.yaml", UserPacks.FailingExample);

        var result = Tool.Run("rules", "test", pack);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(
            l, $@"house\.rules\.yaml:{UserPacks.FailingExampleLine}: HSE0002: expected \['merger'\] got \['synergy'\]$"));
        Assert.Equal("1 rules, 1 examples: 1 failed", result.StdoutLines.Last(l => l.Length > 0));
    }

    [Fact]
    public void RulesTest_PackWhoseExamplesHold_ExitsZeroAndCountsOnlyThatPack()
    {
        using var temp = new TempFolder();
        var pack = temp.Write("house.rules.yaml", UserPacks.Buzzword);

        var result = Tool.Run("rules", "test", pack);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 rules, 2 examples: 0 failed", result.StdoutLines.Last(l => l.Length > 0));
    }

    [Fact]
    public void RulesTest_ConditionOperatorsPack_EveryExampleHolds()
    {
        // .ci/run runs the same pack against the native build, where conditions are interpreted.
        var result = Tool.Run("rules", "test", "--no-default-rules", "tests/packs/conditions.rules.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("4 rules, 9 examples: 0 failed", result.StdoutLines.Last(l => l.Length > 0));
    }

    [Fact]
    public void RulesExplain_EDL0101_PrintsTitleCategoryAndEveryExampleOfTheShippedRule()
    {
        var rule = ShippedRule("officials.rules.yaml", "EDL0101");

        var result = Tool.Run("rules", "explain", "EDL0101");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"EDL0101: {Scalar(rule, "title")}", result.StdoutLines[0]);
        Assert.Contains($"category: {Scalar(rule, "category")}", result.Stdout, StringComparison.Ordinal);
        var examples = ((YamlSequenceNode)rule.Children[new YamlScalarNode("examples")]).Children.Cast<YamlMappingNode>().ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var bad = example.Children.ContainsKey(new YamlScalarNode("bad"));
            var shown = Scalar(example, bad ? "bad" : "good").Replace("\n", "\\n", StringComparison.Ordinal);
            Assert.Contains(result.StdoutLines, l => l.Trim() == $"{(bad ? "bad: " : "good:")} {shown}");
        }
    }

    [Fact]
    public void RulesExplain_UnknownId_ExitsTwoNamingIt()
    {
        var result = Tool.Run("rules", "explain", "NOPE");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'NOPE'", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    private static YamlMappingNode ShippedRule(string pack, string id)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepositoryRoot.Combine("rules", pack)))
            yaml.Load(reader);
        var rules = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("rules")];
        return rules.Children.Cast<YamlMappingNode>().Single(r => Scalar(r, "id") == id);
    }

    private static string Scalar(YamlMappingNode map, string key) =>
        ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value ?? "";
}
