using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class NonRepeatableRuleTest : RuleTestBase
{
    public NonRepeatableRuleTest()
    {
        var rule = Named("CountUp");
        rule.Repeatability(RuleRepeatability.NonRepeatable);
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.Number < 10));
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) => fact1.IncrementNumber()));
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) => ctx.Update(fact1)));
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_ActionUpdatesOwnFact_DoesNotRefire()
    {
        var fact = new FactType1();
        Session.Insert(fact);

        Assert.Equal(1, Session.Fire());
        Assert.Equal(1, fact.Number);
    }

    [Fact]
    public void Fire_UpdateFromOutside_DoesNotRefireForSameMatch()
    {
        var fact = new FactType1();
        Session.Insert(fact);
        Session.Fire();

        fact.Number = 5;
        Session.Update(fact);

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Fire_MatchLostThenRegained_FiresForTheNewMatch()
    {
        var fact = new FactType1();
        Session.Insert(fact);
        Session.Fire();

        fact.Number = 20;
        Session.Update(fact);
        fact.Number = 0;
        Session.Update(fact);

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Fire_RepeatableRuleUpdatingOwnFact_FiresUntilConditionFails()
    {
        var rule = Named("CountUpRepeatedly");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.Number < 10));
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) => fact1.IncrementNumber()));
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) => ctx.Update(fact1)));
        Compile(rule.Build());
        var fact = new FactType1();
        Session.Insert(fact);

        Assert.Equal(10, Session.Fire());
        Assert.Equal(10, fact.Number);
    }
}
