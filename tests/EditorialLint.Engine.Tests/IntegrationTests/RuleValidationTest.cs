using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class RuleValidationTest : RuleTestBase
{
    [Fact]
    public void Build_ConditionRefersToUndeclaredName_ThrowsNamingRuleAndParameter()
    {
        var rule = Named("Broken");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType2>(missing => missing.Key == 1));
        NoOp(rule);

        var exception = Assert.Throws<RuleValidationException>(() => rule.Build());

        Assert.Equal("Broken", exception.RuleName);
        Assert.Contains("'missing'", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("Rule 'Broken'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConditionRefersToLaterPattern_Throws()
    {
        var rule = Named("Backwards");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a").Condition(Expr.If<FactType1, FactType2>((a, b) => a.Key == b.Key));
        lhs.Pattern(typeof(FactType2), "b");
        NoOp(rule);

        Assert.Throws<RuleValidationException>(() => rule.Build());
    }

    [Fact]
    public void Build_DuplicateDeclaration_Throws()
    {
        var rule = Named("Twice");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact");
        rule.LeftHandSide().Pattern(typeof(FactType2), "fact");
        NoOp(rule);

        var exception = Assert.Throws<RuleValidationException>(() => rule.Build());

        Assert.Contains("'fact'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ActionParameterBindsToNothing_Throws()
    {
        var rule = Named("LooseAction");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, other) => other.GetHashCode()));

        var exception = Assert.Throws<RuleValidationException>(() => rule.Build());

        Assert.Contains("'other'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ActionUsesDeclarationInsideNot_Throws()
    {
        var rule = Named("PeekingAction");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        rule.LeftHandSide().Not().Pattern(typeof(FactType2), "fact2");
        rule.RightHandSide().Action(Expr.Do<FactType2>((ctx, fact2) => fact2.GetHashCode()));

        Assert.Throws<RuleValidationException>(() => rule.Build());
    }

    [Fact]
    public void Build_ParameterTypeDoesNotFitDeclaration_Throws()
    {
        var rule = Named("WrongType");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType2>(fact1 => fact1.Key == 1));
        NoOp(rule);

        var exception = Assert.Throws<RuleValidationException>(() => rule.Build());

        Assert.Contains("FactType2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CollectIntoWrongType_Throws()
    {
        var rule = Named("BadCollect");
        var pattern = rule.LeftHandSide().Pattern(typeof(IEnumerable<FactType2>), "items");
        var aggregate = pattern.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType1), "item");
        NoOp(rule);

        Assert.Throws<RuleValidationException>(() => rule.Build());
    }

    [Fact]
    public void Build_OrBranchesDeclareDifferentNames_LaterUseOfOneBranchOnlyThrows()
    {
        var rule = Named("HalfBound");
        var or = rule.LeftHandSide().Group(GroupType.Or);
        or.Pattern(typeof(FactType1), "x");
        or.Pattern(typeof(FactType2), "y");
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, x) => x.GetHashCode()));

        Assert.Throws<RuleValidationException>(() => rule.Build());
    }

    [Fact]
    public void Build_NoName_Throws()
    {
        var rule = new RuleModel.Builders.RuleBuilder();
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1");

        Assert.Throws<RuleValidationException>(() => rule.Build());
    }

    [Fact]
    public void Compile_DuplicateRuleNames_ThrowsNamingTheRule()
    {
        var exception = Assert.Throws<RuleCompilationException>(() =>
            new RuleCompiler().Compile([OneFactRule<FactType1>("Same", "a"), OneFactRule<FactType1>("Same", "b")]));

        Assert.Equal("Same", exception.RuleName);
    }

    [Fact]
    public void Build_ValidRule_KeepsMetadataAndConditionOrder()
    {
        var rule = Named("Described");
        rule.Description("what it does");
        rule.Priority(3);
        rule.Tags(["a", "b"]);
        rule.Property("id", "EDL0001");
        var pattern = rule.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        pattern.Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty != null));
        pattern.Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty!.Length > 2));
        NoOp(rule);

        var definition = rule.Build();

        Assert.Equal("what it does", definition.Description);
        Assert.Equal(3, definition.Priority);
        Assert.Equal(["a", "b"], definition.Tags);
        Assert.Equal("EDL0001", definition.Properties["id"]);
        var built = Assert.IsType<PatternElement>(Assert.Single(definition.LeftHandSide.ChildElements));
        Assert.Contains("!= null", built.Conditions[0].ToString(), StringComparison.Ordinal);
        Assert.Same(built.Declaration, built.Conditions[1].Parameters[0]);
    }
}
