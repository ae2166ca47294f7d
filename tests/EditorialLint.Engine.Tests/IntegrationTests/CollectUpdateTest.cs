using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class CollectUpdateTest : RuleTestBase
{
    public CollectUpdateTest()
    {
        var rule = Named("CollectValid");
        var collection = rule.LeftHandSide().Pattern(typeof(IEnumerable<FactType1>), "valid");
        collection.Condition(Expr.If<IEnumerable<FactType1>>(valid => valid.Any()));
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value"));
        NoOp(rule);
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_CollectWithoutOuterPattern_FiresOnceForAllFacts()
    {
        Session.InsertAll([new FactType1 { TestProperty = "Valid Value" }, new FactType1 { TestProperty = "Valid Value" }]);

        Assert.Equal(1, Session.Fire());
        Assert.Equal(2, Assert.IsAssignableFrom<IEnumerable<FactType1>>(Fired.Single().Facts[0]).Count());
    }

    [Fact]
    public void Update_FactJoinsCollection_RefiresWithLargerCollection()
    {
        var late = new FactType1 { TestProperty = "Invalid" };
        Session.InsertAll([new FactType1 { TestProperty = "Valid Value" }, late]);
        Session.Fire();

        late.TestProperty = "Valid Value";
        Session.Update(late);

        Assert.Equal(1, Session.Fire());
        Assert.Equal(2, Assert.IsAssignableFrom<IEnumerable<FactType1>>(Fired[1].Facts[0]).Count());
    }

    [Fact]
    public void Query_AggregateResults_AreNotFacts()
    {
        Session.Insert(new FactType1 { TestProperty = "Valid Value" });
        Session.Fire();

        Assert.Single(Session.Query<object>());
    }
}
