using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class ExistsRuleTest : RuleTestBase
{
    public ExistsRuleTest()
    {
        var rule = Named("SomeSecond");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "fact1");
        lhs.Exists().Pattern(typeof(FactType2), "fact2").Condition(Expr.If<FactType2, FactType1>((fact2, fact1) => fact2.Key == fact1.Key));
        NoOp(rule);
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_ManyMatchingExistsFacts_FiresOnce()
    {
        Session.Insert(new FactType1 { Key = 1 });
        for (var i = 0; i < 3; i++)
        {
            Session.Insert(new FactType2 { Key = 1 });
        }

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Fire_NoMatchingExistsFact_DoesNotFire()
    {
        Session.Insert(new FactType1 { Key = 1 });
        Session.Insert(new FactType2 { Key = 2 });

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Fire_LastMatchingFactRetracted_ActivationDeleted()
    {
        var facts = new[] { new FactType2 { Key = 1 }, new FactType2 { Key = 1 } };
        Session.Insert(new FactType1 { Key = 1 });
        Session.InsertAll(facts);

        Session.Retract(facts[0]);
        Assert.Equal(1, Session.Agenda.Count);
        Session.Retract(facts[1]);

        Assert.Equal(0, Session.Fire());
    }
}
