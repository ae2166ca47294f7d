using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class CollectRuleTest : RuleTestBase
{
    private static RuleModel.IRuleDefinition CollectRule(bool requireAny)
    {
        var rule = Named("CollectSeconds");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "fact1");
        var collection = lhs.Pattern(typeof(IReadOnlyCollection<FactType2>), "seconds");
        if (requireAny)
        {
            collection.Condition(Expr.If<IReadOnlyCollection<FactType2>>(seconds => seconds.Count > 0));
        }

        var aggregate = collection.Aggregate();
        aggregate.Collect();
        var source = aggregate.Pattern(typeof(FactType2), "fact2");
        source.Condition(Expr.If<FactType2>(fact2 => fact2.TestProperty == "Valid Value"));
        source.Condition(Expr.If<FactType2, FactType1>((fact2, fact1) => fact2.Key == fact1.Key));
        NoOp(rule);
        return rule.Build();
    }

    [Fact]
    public void Fire_NoMatchingFacts_FiresWithEmptyCollection()
    {
        Compile(CollectRule(requireAny: false));
        Session.Insert(new FactType1 { Key = 1 });
        Session.Insert(new FactType2 { TestProperty = "Valid Value", Key = 2 });

        Assert.Equal(1, Session.Fire());
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyCollection<FactType2>>(Fired.Single().Facts[1]));
    }

    [Fact]
    public void Fire_MatchingFacts_FiresOnceWithAllOfThemInOrder()
    {
        Compile(CollectRule(requireAny: false));
        var first = new FactType2 { TestProperty = "Valid Value", Key = 1 };
        var second = new FactType2 { TestProperty = "Valid Value", Key = 1 };
        Session.Insert(new FactType1 { Key = 1 });
        Session.InsertAll([first, new FactType2 { TestProperty = "Invalid", Key = 1 }, second]);

        Assert.Equal(1, Session.Fire());
        Assert.Equal([first, second], Assert.IsAssignableFrom<IEnumerable<FactType2>>(Fired.Single().Facts[1]));
    }

    [Fact]
    public void Fire_ConditionOnCollectionNotMet_DoesNotFire()
    {
        Compile(CollectRule(requireAny: true));
        Session.Insert(new FactType1 { Key = 1 });

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Fire_FactRetractedFromCollection_FiresAgainWithSmallerCollection()
    {
        Compile(CollectRule(requireAny: true));
        var first = new FactType2 { TestProperty = "Valid Value", Key = 1 };
        var second = new FactType2 { TestProperty = "Valid Value", Key = 1 };
        Session.Insert(new FactType1 { Key = 1 });
        Session.InsertAll([first, second]);
        Session.Fire();

        Session.Retract(first);
        Session.Fire();

        Assert.Equal(2, Fired.Count);
        Assert.Equal([second], Assert.IsAssignableFrom<IEnumerable<FactType2>>(Fired[1].Facts[1]));
    }

    [Fact]
    public void Fire_LastCollectedFactRetracted_ConditionOnCollectionDeletesActivation()
    {
        Compile(CollectRule(requireAny: true));
        var only = new FactType2 { TestProperty = "Valid Value", Key = 1 };
        Session.Insert(new FactType1 { Key = 1 });
        Session.Insert(only);
        Assert.Equal(1, Session.Agenda.Count);

        Session.Retract(only);

        Assert.Equal(0, Session.Fire());
    }
}
