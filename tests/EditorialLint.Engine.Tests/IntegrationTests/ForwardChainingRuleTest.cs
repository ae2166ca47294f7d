using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class ForwardChainingRuleTest : RuleTestBase
{
    public ForwardChainingRuleTest()
    {
        var first = Named("First");
        first.LeftHandSide().Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value"));
        first.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) =>
            ctx.Insert(new FactType2 { TestProperty = "Valid Value", JoinReference = fact1 })));

        var second = Named("Second");
        second.LeftHandSide().Pattern(typeof(FactType2), "fact2").Condition(Expr.If<FactType2>(fact2 => fact2.TestProperty == "Valid Value"));
        second.RightHandSide().Action(Expr.Do<FactType2>((ctx, fact2) =>
            ctx.Insert(new FactType3 { TestProperty = "Valid Value", JoinReference = fact2 })));

        var third = Named("Third");
        third.LeftHandSide().Pattern(typeof(FactType3), "fact3").Condition(Expr.If<FactType3>(fact3 => fact3.TestProperty == "Valid Value"));
        NoOp(third);

        Compile(first.Build(), second.Build(), third.Build());
    }

    [Fact]
    public void Fire_OneFact_ChainsThroughThreeRules()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value" };
        Session.Insert(fact1);

        var fired = Session.Fire();

        Assert.Equal(3, fired);
        Assert.Equal(["First", "Second", "Third"], FiredRules());
        var fact3 = Assert.IsType<FactType3>(Fired[2].Facts[0]);
        Assert.Same(fact1, fact3.JoinReference!.JoinReference);
    }

    [Fact]
    public void Query_AfterChaining_SeesInsertedFacts()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value" });
        Session.Fire();

        Assert.Single(Session.Query<FactType2>());
        Assert.Single(Session.Query<FactType3>());
        Assert.Equal(3, Session.Query<object>().Count());
    }
}
