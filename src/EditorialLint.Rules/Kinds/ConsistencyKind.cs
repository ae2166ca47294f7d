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
/// preferred one is reported once the article uses two. The engine collects the rule's matches;
/// the action sorts them into groups.
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
            if (groups[g].Count < 2) throw rule.Body.ErrorAt(groups[g].Count > 0 ? groups[g][0] : new Located<string>("", 0, 0), $"rule {rule.Id}: a variant group needs two or more variants");
            foreach (var v in groups[g])
                context.Terms.Add(new TermEntry(rule.Id, v.Value, ignoreCase, Anchor.None, Group: g + 1, Variant: v.Value));
        }

        var id = rule.Id;
        IReadOnlyList<string> prefer = rule.Body.Strings("prefer").Select(p => p.Value).ToArray();
        // One activation for all of the rule's matches: the groups are tallied once, when it fires,
        // so a long article costs time in proportion to its matches, not to their square.
        Expression<Func<Match, bool>> ofRule = x => x.RuleId == id;
        // The house style fact puts the newsroom's configured spellings ahead of the pack's.
        Expression<Action<IContext, HouseStyle, IEnumerable<Match>>> report = (ctx, h, all) =>
            ctx.InsertAll(Reporting.FromVariants(id, all, h.Then(prefer)));
        context.EngineRules.Add(new EngineRuleWriter(rule)
            .Pattern<HouseStyle>("h")
            .Collect<Match>("all", "x", [ofRule])
            .Then(report));
    }
}
