using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.RuleModel.Builders;

namespace EditorialLint.Engine.Tests.TestAssets;

/// <summary>Compiles rules, opens a session and records what fired, with the facts as they were then.</summary>
public abstract class RuleTestBase
{
    private ISessionFactory? _factory;
    private ISession? _session;

    protected ISessionFactory Factory => _factory ?? throw new InvalidOperationException("Call Compile first.");

    protected ISession Session => _session ?? throw new InvalidOperationException("Call Compile first.");

    protected List<(string Rule, object?[] Facts)> Fired { get; } = [];

    protected void Compile(params IRuleDefinition[] rules)
    {
        _factory = new RuleCompiler().Compile(rules);
        _session = _factory.CreateSession();
        _session.Events.RuleFiring += (_, e) => Fired.Add((e.Rule.Name, e.Facts.Select(f => f.Value).ToArray()));
    }

    protected int FiredTimes(string rule) => Fired.Count(f => f.Rule == rule);

    protected IReadOnlyList<string> FiredRules() => Fired.Select(f => f.Rule).ToList();

    /// <summary>A rule with one pattern and a no-op action.</summary>
    protected static IRuleDefinition OneFactRule<T>(string name, string declaration, params LambdaExpression[] conditions)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        var pattern = builder.LeftHandSide().Pattern(typeof(T), declaration);
        foreach (var condition in conditions)
        {
            pattern.Condition(condition);
        }

        builder.RightHandSide().Action(Expr.Do(ctx => ctx.GetHashCode()));
        return builder.Build();
    }

    protected static RuleBuilder Named(string name)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        return builder;
    }

    protected static void NoOp(RuleBuilder builder) => builder.RightHandSide().Action(Expr.Do(ctx => ctx.GetHashCode()));
}
