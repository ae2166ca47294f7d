using System.Linq.Expressions;
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

    /// <summary>The engine rule every match-based kind uses: a match of this rule, in scope, is reported.</summary>
    internal static IRuleDefinition MatchRule(RuleSpec rule, string scope)
    {
        var id = rule.Id;
        Expression<Func<Match, bool>> ofRule = m => m.RuleId == id;
        var conditions = new List<LambdaExpression> { ofRule };
        if (scope == "body")
        {
            Expression<Func<Match, bool>> body = m => !m.InHeadline;
            conditions.Add(body);
        }
        else if (scope == "headline")
        {
            Expression<Func<Match, bool>> headline = m => m.InHeadline;
            conditions.Add(headline);
        }

        Expression<Action<IContext, Match>> report = (ctx, m) => ctx.Insert(Reporting.FromMatch(id, m));
        return new EngineRuleWriter(rule).Pattern<Match>("m", conditions.ToArray()).Then(report);
    }
}
