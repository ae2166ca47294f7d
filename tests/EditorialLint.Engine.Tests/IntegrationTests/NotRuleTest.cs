using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class NotRuleTest : RuleTestBase
{
    public NotRuleTest()
    {
        var rule = Named("NoMatchingSecond");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value"));
        var not = lhs.Not().Pattern(typeof(FactType2), "fact2");
        not.Condition(Expr.If<FactType2, FactType1>((fact2, fact1) => fact2.Key == fact1.Key));
        NoOp(rule);
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_NoBlockingFact_Fires()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value", Key = 1 };
        Session.Insert(fact1);

        Assert.Equal(1, Session.Fire());
        Assert.Equal([fact1], Fired.Single().Facts);
    }

    [Fact]
    public void Fire_MatchingNotPatternFacts_DoesNotFire()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value", Key = 1 });
        Session.Insert(new FactType2 { Key = 1 });
        Session.Insert(new FactType2 { Key = 1 });

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Fire_NotPatternFactWithOtherKey_Fires()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value", Key = 1 });
        Session.Insert(new FactType2 { Key = 2 });

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Fire_AllBlockingFactsRetracted_Fires()
    {
        var blockers = new[] { new FactType2 { Key = 1 }, new FactType2 { Key = 1 } };
        Session.Insert(new FactType1 { TestProperty = "Valid Value", Key = 1 });
        Session.InsertAll(blockers);

        Session.Retract(blockers[0]);
        Assert.Equal(0, Session.Agenda.Count);
        Session.Retract(blockers[1]);

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Fire_BlockingFactUpdatedAway_Fires()
    {
        var blocker = new FactType2 { Key = 1 };
        Session.Insert(new FactType1 { TestProperty = "Valid Value", Key = 1 });
        Session.Insert(blocker);

        blocker.Key = 5;
        Session.Update(blocker);

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Fire_NotAsOnlyElement_FiresOnceWithNoFacts()
    {
        var rule = Named("NothingThere");
        rule.LeftHandSide().Not().Pattern(typeof(FactType3), "fact3");
        NoOp(rule);
        Compile(rule.Build());

        Assert.Equal(1, Session.Fire());
        Assert.Empty(Fired.Single().Facts);
    }
}
