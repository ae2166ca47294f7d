using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>The shipped rules, compiled once for every test that does not reload them.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<LiveRuleSet> Rules = new(() => LiveRuleSet.Load(new ServeOptions()));

    public static LiveRuleSet Instance => Rules.Value;
}
