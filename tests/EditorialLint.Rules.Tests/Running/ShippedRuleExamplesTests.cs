using System.Text.RegularExpressions;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Running;

public partial class ShippedRuleExamplesTests
{
    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    /// <summary>Every shipped rule's id.</summary>
    public static TheoryData<string> ShippedRuleIds { get; } = [.. Shipped.Value.Rules.Specs.Select(s => s.Id)];

    [GeneratedRegex("^EDL[0-9]{4}$")]
    private static partial Regex EdlId();

    [Theory]
    [MemberData(nameof(ShippedRuleIds))]
    public void Examples_OfShippedRule_AllPass(string id)
    {
        var rule = Shipped.Value.Rules.Specs.Single(s => s.Id == id);

        var failures = ExampleRunner.Run(Shipped.Value, rule);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void ShippedRules_HaveUniqueIdsTitlesKnownCategoriesAndBothKindsOfExample()
    {
        var specs = Shipped.Value.Rules.Specs;
        var problems = new List<string>();
        foreach (var rule in specs)
        {
            if (!EdlId().IsMatch(rule.Id)) problems.Add($"{rule.Id}: id is not EDL and four digits");
            if (string.IsNullOrWhiteSpace(rule.Title)) problems.Add($"{rule.Id}: no title");
            if (!Categories.IsKnown(rule.Category)) problems.Add($"{rule.Id}: unknown category '{rule.Category}'");
            if (!rule.Examples.Any(e => e.IsBad)) problems.Add($"{rule.Id}: no bad example");
            if (!rule.Examples.Any(e => !e.IsBad)) problems.Add($"{rule.Id}: no good example");
        }

        problems.AddRange(specs.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: used {g.Count()} times"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(specs.Count, Shipped.Value.Rules.Descriptors.Count);
    }

    [Fact]
    public void ShippedPacks_CoverAllSevenCategories()
    {
        var covered = Shipped.Value.Rules.Specs.Select(s => s.Category).ToHashSet();

        Assert.Equal(7, Categories.All.Count);
        Assert.All(Categories.All, c => Assert.Contains(c, covered));
    }

    [Fact]
    public void ShippedPacks_AreTheRuleFilesOfTheRulesFolder()
    {
        var onDisk = Directory.GetFiles(RepositoryRoot.Combine("rules"), "*.rules.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, RuleSource.Shipped.PackFiles());
    }
}
