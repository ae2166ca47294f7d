using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.Units;

public class RuleElementVisitorTest
{
    private static IRuleDefinition Rule()
    {
        var rule = new RuleModel.Builders.RuleBuilder();
        rule.Name("R");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a").Condition(Expr.If<FactType1>(a => a.Key > 0));
        lhs.Not().Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.Key == b.Key));
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, a) => a.GetHashCode()));
        return rule.Build();
    }

    [Fact]
    public void Visit_IdentityVisitor_ReturnsSameInstances()
    {
        var rule = Rule();
        var visitor = new IdentityVisitor();

        Assert.Same(rule.LeftHandSide, visitor.Visit(0, rule.LeftHandSide));
        Assert.Same(rule.RightHandSide, visitor.Visit(0, rule.RightHandSide));
    }

    [Fact]
    public void Visit_RewritingOneCondition_RebuildsOnlyItsAncestors()
    {
        var rule = Rule();
        var visitor = new DroppingVisitor();

        var rewritten = (AndElement)visitor.Visit(0, rule.LeftHandSide);

        Assert.NotSame(rule.LeftHandSide, rewritten);
        Assert.Empty(((PatternElement)rewritten.ChildElements[0]).Conditions);
        Assert.Same(rule.LeftHandSide.ChildElements[1], rewritten.ChildElements[1]);
    }

    [Fact]
    public void Exports_AndImports_FollowDeclarations()
    {
        var rule = Rule();
        var not = (NotElement)rule.LeftHandSide.ChildElements[1];

        Assert.Equal(["a"], rule.LeftHandSide.Exports.Select(d => d.Name));
        Assert.Equal(["a"], not.Imports.Select(d => d.Name));
        Assert.Equal(["a"], rule.RightHandSide.Imports.Select(d => d.Name));
    }

    private sealed class IdentityVisitor : RuleElementVisitor<int>;

    private sealed class DroppingVisitor : RuleElementVisitor<int>
    {
        protected internal override RuleElement VisitPattern(int context, PatternElement element) =>
            element.Declaration.Name == "a" ? new PatternElement(element.Declaration, []) : base.VisitPattern(context, element);
    }
}
