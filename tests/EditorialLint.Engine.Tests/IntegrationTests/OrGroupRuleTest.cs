using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class OrGroupRuleTest : RuleTestBase
{
    public OrGroupRuleTest()
    {
        var rule = Named("EitherType");
        var or = rule.LeftHandSide().Group(GroupType.Or);
        or.Pattern(typeof(FactType1), "fact").Condition(Expr.If<FactType1>(fact => fact.TestProperty == "Valid Value"));
        var and = or.Group(GroupType.And);
        and.Pattern(typeof(FactType2), "fact").Condition(Expr.If<FactType2>(fact => fact.TestProperty == "Valid Value"));
        and.Pattern(typeof(FactType3), "other");
        rule.RightHandSide().Action(Expr.Do<object>((ctx, fact) => ctx.GetHashCode()));
        Compile(rule.Build());
    }

    [Fact]
    public void Compile_OrGroup_MakesOneTerminalPerAlternative()
    {
        Assert.Equal(2, Factory.Metrics.Terminals);
        Assert.Equal(2, Factory.Metrics.Count(NodeKind.Rule));
    }

    [Fact]
    public void Fire_FirstAlternativeMatches_Fires()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value" });

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Fire_SecondAlternativeMatches_FiresWithItsFacts()
    {
        var fact = new FactType2 { TestProperty = "Valid Value" };
        var other = new FactType3();
        Session.Insert(fact);
        Session.Insert(other);

        Assert.Equal(1, Session.Fire());
        Assert.Equal([fact, other], Fired.Single().Facts);
    }

    [Fact]
    public void Fire_BothAlternativesMatch_FiresForEach()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value" });
        Session.Insert(new FactType2 { TestProperty = "Valid Value" });
        Session.Insert(new FactType3());

        Assert.Equal(2, Session.Fire());
    }

    [Fact]
    public void Fire_SecondAlternativeIncomplete_DoesNotFire()
    {
        Session.Insert(new FactType2 { TestProperty = "Valid Value" });

        Assert.Equal(0, Session.Fire());
    }
}
