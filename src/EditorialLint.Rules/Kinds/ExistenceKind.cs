using System.Linq.Expressions;
using System.Reflection;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>
/// <c>existence</c>: terms or patterns that must not appear, optionally anchored to a whole line
/// or the article's start or end, and limited to the body or the headline.
/// </summary>
public sealed class ExistenceKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "existence";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } = ["terms", "patterns", "ignore-case", "anchor", "scope", "replace"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var terms = rule.Body.Strings("terms");
        var patterns = rule.Body.Strings("patterns");
        if (terms.Count == 0 && patterns.Count == 0)
            throw rule.Body.ErrorHere($"rule {rule.Id}: an existence rule needs 'terms' or 'patterns'");
        var ignoreCase = rule.Body.Bool("ignore-case", true);
        var anchor = KindSettings.ReadAnchor(rule);
        foreach (var term in terms)
        {
            if (term.Value.Trim().Length == 0) throw rule.Body.ErrorAt(term, $"rule {rule.Id}: empty term");
            context.Terms.Add(new TermEntry(rule.Id, term.Value, ignoreCase, anchor));
        }

        // A replacement template ($1-style groups) turns every pattern hit into a fix.
        var replace = rule.Body.String("replace");
        if (replace is not null && patterns.Count == 0)
            throw rule.Body.ErrorAt("replace", $"rule {rule.Id}: 'replace' works with 'patterns' only");
        foreach (var pattern in patterns)
            context.Patterns.Add(KindSettings.ReadPattern(rule, pattern, ignoreCase, anchor, replace));

        context.EngineRules.Add(MatchRule(rule, KindSettings.ReadScope(rule)));
    }

    // The lambdas of a match rule but for its id, made once: a pack of thousands of rules then
    // builds each rule's lambdas from these parts, without the reflection over Match and IContext
    // that the C# compiler's expression trees do each time one is made.
    private static readonly ParameterExpression M = Expression.Parameter(typeof(Match), "m");
    private static readonly ParameterExpression Ctx = Expression.Parameter(typeof(IContext), "ctx");
    private static readonly MemberExpression RuleIdOfM = Expression.Property(M, typeof(Match).GetProperty(nameof(Match.RuleId))!);
    private static readonly MethodInfo StringEquality = typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)])!;
    private static readonly MethodInfo Insert = typeof(IContext).GetMethod(nameof(IContext.Insert))!;
    private static readonly MethodInfo FromMatch = typeof(Reporting).GetMethod(nameof(Reporting.FromMatch))!;
    private static readonly Expression<Func<Match, bool>> InBody = m => !m.InHeadline;
    private static readonly Expression<Func<Match, bool>> InHeadline = m => m.InHeadline;

    /// <summary>The engine rule every match-based kind uses: a match of this rule, in scope, is reported.</summary>
    internal static IRuleDefinition MatchRule(RuleSpec rule, string scope)
    {
        // m => m.RuleId == id, and (ctx, m) => ctx.Insert(Reporting.FromMatch(id, m)).
        var id = Expression.Constant(rule.Id);
        var ofRule = Expression.Lambda<Func<Match, bool>>(Expression.Equal(RuleIdOfM, id, false, StringEquality), M);
        LambdaExpression[] conditions = scope switch
        {
            "body" => [ofRule, InBody],
            "headline" => [ofRule, InHeadline],
            _ => [ofRule],
        };
        var report = Expression.Lambda<Action<IContext, Match>>(
            Expression.Call(Ctx, Insert, Expression.Call(FromMatch, id, M)), Ctx, M);
        return new EngineRuleWriter(rule).Pattern<Match>("m", conditions).Then(report);
    }
}
