using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class OneFactRuleTest : RuleTestBase
{
    public OneFactRuleTest() =>
        Compile(OneFactRule<FactType1>("OneFact", "fact1", Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value")));

    [Fact]
    public void Fire_OneMatchingFact_FiresOnce()
    {
        var fact = new FactType1 { TestProperty = "Valid Value" };
        Session.Insert(fact);

        var fired = Session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal([fact], Fired.Single().Facts);
    }

    [Fact]
    public void Fire_TwoMatchingFacts_FiresTwiceInInsertionOrder()
    {
        var first = new FactType1 { TestProperty = "Valid Value", Key = 1 };
        var second = new FactType1 { TestProperty = "Valid Value", Key = 2 };
        Session.InsertAll([first, second]);

        Session.Fire();

        Assert.Equal([first, second], Fired.Select(f => f.Facts[0]));
    }

    [Fact]
    public void Fire_NonMatchingFact_DoesNotFire()
    {
        Session.Insert(new FactType1 { TestProperty = "Invalid Value" });

        Assert.Equal(0, Session.Fire());
        Assert.Empty(Fired);
    }

    [Fact]
    public void Fire_FactOfOtherType_DoesNotFire()
    {
        Session.Insert(new FactType2 { TestProperty = "Valid Value" });

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Fire_SecondTime_DoesNotFireAgain()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value" });
        Session.Fire();

        Assert.Equal(0, Session.Fire());
        Assert.Single(Fired);
    }

    [Fact]
    public void Fire_WithMaxRulesNumber_FiresOnlyThatMany()
    {
        for (var i = 0; i < 5; i++)
        {
            Session.Insert(new FactType1 { TestProperty = "Valid Value", Key = i });
        }

        Assert.Equal(2, Session.Fire(2));
        Assert.Equal(3, Session.Agenda.Count);
        Assert.Equal(3, Session.Fire());
    }
}
