using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>
/// <c>consistency</c>: groups of variants of which one article should use one
/// (<c>variants: [[Kyiv, Kiev]]</c>, <c>prefer: [Kyiv]</c>). Every use of a variant other than the
/// preferred one is reported once the article uses two. The engine collects the group's matches.
/// </summary>
public sealed class ConsistencyKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "consistency";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } = ["variants", "prefer", "ignore-case"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var groups = rule.Body.StringLists("variants");
        if (groups.Count == 0) throw rule.Body.ErrorHere($"rule {rule.Id}: a consistency rule needs 'variants: [[a, b], …]'");
        var ignoreCase = rule.Body.Bool("ignore-case", false);
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Count < 2) throw rule.Body.ErrorAt(groups[g].Count > 0 ? groups[g][0] : default, $"rule {rule.Id}: a variant group needs two or more variants");
            foreach (var v in groups[g])
                context.Terms.Add(new TermEntry(rule.Id, v.Value, ignoreCase, Anchor.None, Group: g + 1, Variant: v.Value));
        }

        var id = rule.Id;
        IReadOnlyList<string> prefer = rule.Body.Strings("prefer").Select(p => p.Value).ToArray();
        Expression<Func<Match, bool>> ofRule = m => m.RuleId == id;
        Expression<Func<Match, Match, bool>> sameGroup = (m, other) => other.RuleId == id && other.Group == m.Group;
        // The house style fact puts the newsroom's configured spellings ahead of the pack's.
        Expression<Func<Match, IEnumerable<Match>, HouseStyle, bool>> off = (m, all, h) =>
            Consistency.IsOff(m.Variant, all.Select(x => new ValueTuple<string, int>(x.Variant, x.Start)), h.Then(prefer));
        Expression<Action<IContext, Match, HouseStyle, IEnumerable<Match>>> report = (ctx, m, h, all) =>
            ctx.Insert(Reporting.FromVariant(id, m, all, h.Then(prefer)));
        context.EngineRules.Add(new EngineRuleWriter(rule)
            .Pattern<Match>("m", ofRule)
            .Pattern<HouseStyle>("h")
            .Collect<Match>("all", "other", [sameGroup], off)
            .Then(report));
    }
}
