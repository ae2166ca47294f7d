using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary><c>substitution</c>: a wrong form and its right one (<c>swap: {Kiev: Kyiv}</c>), with the right one as the fix.</summary>
public sealed class SubstitutionKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "substitution";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } = ["swap", "ignore-case", "anchor", "scope"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var pairs = rule.Body.Pairs("swap");
        if (pairs.Count == 0) throw rule.Body.ErrorHere($"rule {rule.Id}: a substitution rule needs 'swap: {{wrong: right}}'");
        var ignoreCase = rule.Body.Bool("ignore-case", false);
        var anchor = KindSettings.ReadAnchor(rule);
        foreach (var (wrong, right) in pairs)
        {
            if (wrong.Value.Trim().Length == 0) throw rule.Body.ErrorAt(wrong, $"rule {rule.Id}: empty term");
            context.Terms.Add(new TermEntry(rule.Id, wrong.Value, ignoreCase, anchor, Replacement: right));
        }

        context.EngineRules.Add(ExistenceKind.MatchRule(rule, KindSettings.ReadScope(rule)));
    }
}
