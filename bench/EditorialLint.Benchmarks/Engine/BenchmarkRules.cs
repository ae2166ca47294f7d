using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.RuleModel.Builders;

namespace EditorialLint.Benchmarks.Engine;

/// <summary>Rule shapes shared by the engine benchmarks.</summary>
internal static class BenchmarkRules
{
    /// <summary>One pattern with one condition comparing to a rule-specific constant, as generated rules do.</summary>
    public static IRuleDefinition OneFact(int i)
    {
        var rule = new RuleBuilder();
        rule.Name("OneFact" + i);
        var f = Expression.Parameter(typeof(BenchmarkFact), "f");
        var condition = Expression.Lambda<Func<BenchmarkFact, bool>>(
            Expression.Equal(Expression.Property(f, nameof(BenchmarkFact.Number)), Expression.Constant(i)), f);
        rule.LeftHandSide().Pattern(typeof(BenchmarkFact), "f").Condition(condition);
        rule.RightHandSide().Action((Expression<Action<IContext, BenchmarkFact>>)((ctx, f) => Sink.Touch(f)));
        return rule.Build();
    }

    /// <summary>Two patterns joined on equal keys.</summary>
    public static IRuleDefinition TwoFactJoin(int i)
    {
        var rule = new RuleBuilder();
        rule.Name("TwoFactJoin" + i);
        var lhs = rule.LeftHandSide();
        var a = Expression.Parameter(typeof(BenchmarkFact), "a");
        lhs.Pattern(typeof(BenchmarkFact), "a").Condition(Expression.Lambda<Func<BenchmarkFact, bool>>(
            Expression.Equal(Expression.Property(a, nameof(BenchmarkFact.Text)), Expression.Constant("t" + i)), a));
        lhs.Pattern(typeof(OtherBenchmarkFact), "b").Condition((Expression<Func<BenchmarkFact, OtherBenchmarkFact, bool>>)((a, b) => a.Key == b.Key));
        rule.RightHandSide().Action((Expression<Action<IContext, BenchmarkFact, OtherBenchmarkFact>>)((ctx, a, b) => Sink.Touch(b)));
        return rule.Build();
    }

    /// <summary>The same join written so it cannot be indexed (<c>CompareTo</c>): every pair is tested, as NRules does.</summary>
    public static IRuleDefinition TwoFactCrossJoin(int i)
    {
        var rule = new RuleBuilder();
        rule.Name("TwoFactCrossJoin" + i);
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(BenchmarkFact), "a");
        lhs.Pattern(typeof(OtherBenchmarkFact), "b").Condition((Expression<Func<BenchmarkFact, OtherBenchmarkFact, bool>>)((a, b) => a.Key.CompareTo(b.Key) == 0));
        rule.RightHandSide().Action((Expression<Action<IContext, BenchmarkFact, OtherBenchmarkFact>>)((ctx, a, b) => Sink.Touch(b)));
        return rule.Build();
    }

    /// <summary>Keeps actions from being optimised away.</summary>
    public static class Sink
    {
        private static int s_count;

        public static int Count => s_count;

        public static void Touch(object value) => s_count += value is null ? 0 : 1;
    }
}
