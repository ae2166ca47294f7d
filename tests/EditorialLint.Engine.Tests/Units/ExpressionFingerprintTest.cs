using System.Linq.Expressions;
using EditorialLint.Engine.Expressions;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.Units;

public class ExpressionFingerprintTest
{
    private static ExpressionFingerprint Of(LambdaExpression lambda) =>
        ExpressionFingerprint.Of(lambda.Body, ExpressionCompiler.FactRoles(lambda));

    [Fact]
    public void Of_SameExpressionDifferentParameterNames_AreEqual()
    {
        Assert.Equal(Of(Expr.If<FactType1>(x => x.Key == 1 && x.TestProperty != null)), Of(Expr.If<FactType1>(y => y.Key == 1 && y.TestProperty != null)));
    }

    [Fact]
    public void Of_DifferentConstants_SameShapeButNotEqual()
    {
        var one = Of(Expr.If<FactType1>(x => x.TestProperty == "one"));
        var two = Of(Expr.If<FactType1>(x => x.TestProperty == "two"));

        Assert.Equal(one.Shape, two.Shape);
        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Of_DifferentMembers_DifferentShape()
    {
        Assert.NotEqual(Of(Expr.If<FactType1>(x => x.Key == 1)).Shape, Of(Expr.If<FactType1>(x => x.Number == 1)).Shape);
    }

    [Fact]
    public void Of_DifferentOperators_DifferentShape()
    {
        Assert.NotEqual(Of(Expr.If<FactType1>(x => x.Key < 1)).Shape, Of(Expr.If<FactType1>(x => x.Key > 1)).Shape);
    }

    [Fact]
    public void Of_NestedLambdaParameters_NormalisedToo()
    {
        Assert.Equal(
            Of(Expr.If<FactType1>(x => x.TestProperty!.Any(c => c == 'a'))),
            Of(Expr.If<FactType1>(y => y.TestProperty!.Any(d => d == 'a'))));
    }
}
