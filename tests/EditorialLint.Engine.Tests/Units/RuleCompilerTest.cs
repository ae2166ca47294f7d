using System.Linq.Expressions;
using EditorialLint.Engine.Extensibility;
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
    public void Compile_WithExpressionCompiler_RunsTheDelegatesItGives()
    {
        // One shape for all 2,000 conditions, handed over once, when a fact first needs it.
        var compiler = new RecordingCompiler();
        var factory = new RuleCompiler { ExpressionCompiler = compiler }.Compile(Enumerable.Range(0, 2000).Select(Generated).ToList());
        Assert.Empty(compiler.Lambdas);

        var session = factory.CreateSession();
        session.Insert(new FactType1 { TestProperty = "word17", Key = 17 });
        session.Insert(new FactType2 { Key = 17 });

        Assert.Equal(1, session.Fire());
        Assert.NotEmpty(compiler.Lambdas);
        Assert.Equal(compiler.Lambdas.Count, compiler.Lambdas.Distinct().Count());

        // A compiler that answers every condition with "false" is what the network runs.
        var refusing = new RuleCompiler { ExpressionCompiler = new FalseConditions() }.Compile(Enumerable.Range(0, 3).Select(Generated).ToList());
        var other = refusing.CreateSession();
        other.Insert(new FactType1 { TestProperty = "word1", Key = 1 });
        other.Insert(new FactType2 { Key = 1 });
        Assert.Equal(0, other.Fire());
    }

    [Fact]
    public void Compile_NotOnFirstUse_CompilesEveryLambdaWithTheRules()
    {
        var compiler = new RecordingCompiler();

        new RuleCompiler { ExpressionCompiler = compiler, CompileExpressionsOnFirstUse = false }.Compile([Generated(0), Generated(1)]);

        // Each shape once: the first pattern's test, the join's two keys, the action.
        Assert.Equal(4, compiler.Lambdas.Count);
        Assert.Contains(compiler.Lambdas, l => l.Contains("TestProperty", StringComparison.Ordinal));
    }

    [Fact]
    public void ExpressionCompiler_Null_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => new RuleCompiler { ExpressionCompiler = null! });

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

    private sealed class RecordingCompiler : IExpressionCompiler
    {
        public List<string> Lambdas { get; } = [];

        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
            where TDelegate : Delegate
        {
            Lambdas.Add(expression.ToString());
            return expression.Compile();
        }
    }

    private sealed class FalseConditions : IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
            where TDelegate : Delegate =>
            expression.ReturnType == typeof(bool)
                ? Expression.Lambda<TDelegate>(Expression.Constant(false), expression.Parameters).Compile()
                : expression.Compile();
    }
}
