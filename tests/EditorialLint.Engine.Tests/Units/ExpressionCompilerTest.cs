using System.Linq.Expressions;
using EditorialLint.Engine.Expressions;
using EditorialLint.Engine.Extensibility;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.Units;

public class ExpressionCompilerTest
{
    private static Func<object?, object?[], bool> Predicate(ExpressionCompiler compiler, Expression<Func<FactType1, bool>> lambda, out object?[] constants)
    {
        var roles = ExpressionCompiler.FactRoles(lambda);
        var fingerprint = ExpressionFingerprint.Of(lambda.Body, roles);
        constants = fingerprint.Constants;
        return compiler.CompileFactPredicate(lambda.Body, fingerprint, roles);
    }

    [Fact]
    public void CompileFactPredicate_OneShapeTwoConstants_IsCompiledOnce_AndEachKeepsItsConstant()
    {
        var compiler = new ExpressionCompiler(RuntimeExpressionCompiler.Instance);
        var one = Predicate(compiler, Expr.If<FactType1>(x => x.TestProperty == "one"), out var oneConstants);
        var two = Predicate(compiler, Expr.If<FactType1>(x => x.TestProperty == "two"), out var twoConstants);
        var fact = new FactType1 { TestProperty = "two" };

        Assert.Equal(1, compiler.CompiledCount);
        Assert.False(one(fact, oneConstants));
        Assert.True(two(fact, twoConstants));
        Assert.True(one(new FactType1 { TestProperty = "one" }, oneConstants));
    }

    [Fact]
    public void CompileFactPredicate_FirstCalledFromManyThreadsAtOnce_AnswersEveryCall()
    {
        var compiler = new ExpressionCompiler(RuntimeExpressionCompiler.Instance);
        var even = Predicate(compiler, Expr.If<FactType1>(x => x.Key % 2 == 0), out var constants);
        var answers = new bool[1000];

        Parallel.For(0, answers.Length, i => answers[i] = even(new FactType1 { Key = i }, constants));

        Assert.All(Enumerable.Range(0, answers.Length), i => Assert.Equal(i % 2 == 0, answers[i]));
    }

    [Fact]
    public void CompileAction_RunsWhenCalled()
    {
        var compiler = new ExpressionCompiler(RuntimeExpressionCompiler.Instance);
        var fact = new FactType1();
        Expression<Action> increment = () => fact.IncrementNumber();
        var fingerprint = ExpressionFingerprint.Of(increment.Body, new Dictionary<ParameterExpression, string>());
        var action = compiler.CompileAction(increment.Body, fingerprint, new Dictionary<ParameterExpression, string>());

        action(null!, null!, fingerprint.Constants);
        action(null!, null!, fingerprint.Constants);

        Assert.Equal(2, fact.Number);
    }
}
