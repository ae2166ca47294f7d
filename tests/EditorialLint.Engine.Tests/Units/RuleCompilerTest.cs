using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.RuleModel.Builders;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.Units;

public class RuleCompilerTest
{
    [Fact]
    public void Compile_ThousandsOfGeneratedRules_CompilesEachShapeOnce()
    {
        var rules = Enumerable.Range(0, 2000).Select(Generated).ToList();

        var factory = new RuleCompiler().Compile(rules);

        Assert.Equal(2000, factory.Metrics.Count(NodeKind.Selection));
        Assert.True(factory.Metrics.CompiledExpressions <= 5, factory.Metrics.ToString());
        var session = factory.CreateSession();
        session.Insert(new FactType1 { TestProperty = "word17", Key = 17 });
        session.Insert(new FactType2 { Key = 17 });
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Compile_ElementNotAllowedInLeftHandSide_ThrowsNamingRule()
    {
        var bad = new BadRule(new AndElement([new NotElement(new AndElement([]))]));

        var exception = Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile([bad]));

        Assert.Equal("Bad", exception.RuleName);
        Assert.Contains("'Bad'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnboundParameterInHandBuiltRule_ThrowsNamingRule()
    {
        Expression<Func<FactType1, bool>> condition = ghost => ghost.Key == 1;
        var pattern = new PatternElement(new Declaration("real", typeof(FactType1)), [new ExpressionElement(condition, [])]);
        var bad = new BadRule(new AndElement([new PatternElement(new Declaration("first", typeof(FactType2)), []), pattern]));

        var exception = Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile([bad]));

        Assert.Contains("ghost", exception.Message, StringComparison.Ordinal);
    }

    private static IRuleDefinition Generated(int i)
    {
        var word = "word" + i;
        var rule = new RuleBuilder();
        rule.Name("Generated" + i);
        var lhs = rule.LeftHandSide();
        var a = Expression.Parameter(typeof(FactType1), "a");
        lhs.Pattern(typeof(FactType1), "a").Condition(Expression.Lambda<Func<FactType1, bool>>(
            Expression.Equal(Expression.Property(a, nameof(FactType1.TestProperty)), Expression.Constant(word)), a));
        lhs.Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.Key == b.Key));
        rule.RightHandSide().Action(Expr.Do<FactType1, FactType2>((ctx, a, b) => ctx.GetHashCode()));
        return rule.Build();
    }

    private sealed class BadRule(GroupElement lhs) : IRuleDefinition
    {
        public string Name => "Bad";

        public string Description => string.Empty;

        public int Priority => 0;

        public RuleRepeatability Repeatability => RuleRepeatability.Repeatable;

        public IReadOnlyCollection<string> Tags => [];

        public IReadOnlyDictionary<string, object?> Properties => new Dictionary<string, object?>();

        public GroupElement LeftHandSide => lhs;

        public ActionGroupElement RightHandSide => new([]);
    }
}
