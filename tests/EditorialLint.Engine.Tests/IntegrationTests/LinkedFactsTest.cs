using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class LinkedFactsTest : RuleTestBase
{
    public LinkedFactsTest()
    {
        var rule = Named("Derive");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value"));
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) =>
            ctx.InsertLinked("derived", new FactType2 { JoinReference = fact1, Key = fact1.Number })));
        Compile(rule.Build());
    }

    [Fact]
    public void Retract_SourceFact_RetractsLinkedFact()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value" };
        Session.Insert(fact1);
        Session.Fire();
        Assert.Single(Session.Query<FactType2>());

        Session.Retract(fact1);

        Assert.Empty(Session.Query<FactType2>());
    }

    [Fact]
    public void Update_SourceStopsMatching_RetractsLinkedFact()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value" };
        Session.Insert(fact1);
        Session.Fire();

        fact1.TestProperty = "Invalid Value";
        Session.Update(fact1);

        Assert.Empty(Session.Query<FactType2>());
    }

    [Fact]
    public void Fire_RepeatedForSameActivation_ReplacesLinkedFactUnderSameKey()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value", Number = 1 };
        Session.Insert(fact1);
        Session.Fire();

        fact1.Number = 2;
        Session.Update(fact1);
        Session.Fire();

        Assert.Equal(2, Assert.Single(Session.Query<FactType2>()).Key);
    }
}
