using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class TwoFactJoinRuleTest : RuleTestBase
{
    public TwoFactJoinRuleTest()
    {
        var rule = Named("TwoFactJoin");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value"));
        var second = lhs.Pattern(typeof(FactType2), "fact2");
        second.Condition(Expr.If<FactType2>(fact2 => fact2.TestProperty == "Valid Value"));
        second.Condition(Expr.If<FactType2, FactType1>((fact2, fact1) => fact2.JoinReference == fact1));
        rule.RightHandSide().Action(Expr.Do<FactType1, FactType2>((ctx, fact1, fact2) => ctx.GetHashCode()));
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_MatchingFacts_FiresWithBothFactsInOrder()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value" };
        var fact2 = new FactType2 { TestProperty = "Valid Value", JoinReference = fact1 };
        Session.Insert(fact2);
        Session.Insert(fact1);

        Session.Fire();

        Assert.Equal([fact1, fact2], Fired.Single().Facts);
    }

    [Fact]
    public void Fire_FactsNotJoined_DoesNotFire()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value" });
        Session.Insert(new FactType2 { TestProperty = "Valid Value", JoinReference = new FactType1() });

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Fire_OneFirstFactManySecondFacts_FiresForEachPair()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value" };
        Session.Insert(fact1);
        for (var i = 0; i < 3; i++)
        {
            Session.Insert(new FactType2 { TestProperty = "Valid Value", JoinReference = fact1, Key = i });
        }

        Assert.Equal(3, Session.Fire());
    }

    [Fact]
    public void Fire_SecondFactFailsItsOwnCondition_DoesNotFire()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value" };
        Session.Insert(fact1);
        Session.Insert(new FactType2 { TestProperty = "Invalid Value", JoinReference = fact1 });

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Activation_Facts_CarryDeclarationNames()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value" };
        Session.Insert(fact1);
        Session.Insert(new FactType2 { TestProperty = "Valid Value", JoinReference = fact1 });

        var activation = Session.Agenda.Peek();

        Assert.Equal(["fact1", "fact2"], activation.Facts.Select(f => f.Declaration.Name));
        Assert.Same(fact1, activation.Facts[0].Value);
        Assert.Equal(RuleRepeatability.Repeatable, activation.Rule.Repeatability);
    }
}
