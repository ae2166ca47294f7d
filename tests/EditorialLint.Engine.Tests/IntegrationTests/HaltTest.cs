using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class HaltTest : RuleTestBase
{
    public HaltTest()
    {
        var rule = Named("Halting");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        rule.RightHandSide().Action(Expr.Do(ctx => ctx.Halt()));
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) => fact1.IncrementNumber()));
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_ActionHalts_StopsAfterCurrentRule()
    {
        var first = new FactType1();
        var second = new FactType1();
        Session.InsertAll([first, second]);

        Assert.Equal(1, Session.Fire());
        Assert.Equal(1, first.Number);
        Assert.Equal(1, Session.Agenda.Count);
    }

    [Fact]
    public void Fire_AfterHalt_ResumesWithRemainingActivations()
    {
        Session.InsertAll([new FactType1(), new FactType1()]);
        Session.Fire();

        Assert.Equal(1, Session.Fire());
        Assert.True(Session.Agenda.IsEmpty);
    }
}
