using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class ConditionFailureTest : RuleTestBase
{
    public ConditionFailureTest()
    {
        Compile(
            OneFactRule<FactType1>("Fragile", "fact1", Expr.If<FactType1>(fact1 => fact1.TestProperty!.Length > 3)),
            OneFactRule<FactType1>("Sturdy", "fact1", Expr.If<FactType1>(fact1 => fact1.Key == 0)));
    }

    [Fact]
    public void Insert_ConditionThrows_RaisesConditionFailedWithRuleAndFact()
    {
        ConditionFailedEventArgs? failure = null;
        Factory.Events.ConditionFailed += (_, e) => failure = e;
        var fact = new FactType1 { TestProperty = null };

        Session.Insert(fact);

        Assert.NotNull(failure);
        Assert.Equal("Fragile", failure.RuleName);
        Assert.Equal([fact], failure.Facts);
        Assert.IsType<NullReferenceException>(failure.Exception);
    }

    [Fact]
    public void Fire_ConditionThrows_CountsAsFalseAndOtherRulesStillFire()
    {
        Session.Insert(new FactType1 { TestProperty = null });

        Assert.Equal(1, Session.Fire());
        Assert.Equal(["Sturdy"], FiredRules());
    }

    [Fact]
    public void Update_ConditionThrowsAfterMatching_DeletesActivation()
    {
        var fact = new FactType1 { TestProperty = "long enough", Key = 7 };
        Session.Insert(fact);
        Assert.Equal(1, Session.Agenda.Count);

        fact.TestProperty = null;
        Session.Update(fact);

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Insert_JoinConditionThrows_RaisesConditionFailedWithBothFacts()
    {
        var rule = Named("FragileJoin");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a");
        lhs.Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.TestProperty!.Length == b.TestProperty!.Length + 1 || b.Key > a.Key));
        NoOp(rule);
        Compile(rule.Build());
        ConditionFailedEventArgs? failure = null;
        Session.Events.ConditionFailed += (_, e) => failure = e;
        var a = new FactType1();
        var b = new FactType2();

        Session.Insert(a);
        Session.Insert(b);

        Assert.NotNull(failure);
        Assert.Equal("FragileJoin", failure.RuleName);
        Assert.Equal([a, b], failure.Facts);
        Assert.Equal(0, Session.Fire());
    }
}
