using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>A one-rule set (it bans "zorblax"), for tests about size and speed rather than about the shipped rules.</summary>
internal static class SmallRules
{
    private static readonly Lazy<LiveRuleSet> Rules = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("editorial-lint-small-").FullName;
        File.WriteAllText(Path.Combine(folder, "small.rules.yaml"), TestPacks.Term("SMALL001", "zorblax"));
        var rules = LiveRuleSet.Load(new ServeOptions { NoDefaultRules = true, RulePaths = [folder] });
        Directory.Delete(folder, recursive: true);
        return rules;
    });

    public static LiveRuleSet Instance => Rules.Value;
}
