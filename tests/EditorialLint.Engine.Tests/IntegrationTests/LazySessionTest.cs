using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

/// <summary>A session only does work for the rules its facts reach, however many rules the network holds.</summary>
public class LazySessionTest : RuleTestBase
{
    private static IEnumerable<RuleModel.IRuleDefinition> PerKeyRules(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var key = i;
            var rule = Named("Key" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            rule.LeftHandSide().Pattern(typeof(FactType1), "one").Condition(Expr.If<FactType1>(one => one.Key == key));
            rule.LeftHandSide().Pattern(typeof(FactType2), "two").Condition(Expr.If<FactType2>(two => two.Key == key));
            NoOp(rule);
            return rule.Build();
        });

    [Fact]
    public void Insert_FactsReachingOneOfManyRules_CreatesMemoriesForThatRuleOnly()
    {
        Compile([.. PerKeyRules(5000)]);
        var session = (EditorialLint.Engine.Session)Session;

        Session.Insert(new FactType1 { Key = 4321 });
        Session.Insert(new FactType2 { Key = 4321 });

        Assert.InRange(session.MemoriesCreated, 1, 10);
        Assert.Equal(1, Session.Fire());
        Assert.Equal(["Key4321"], FiredRules());
    }

    [Fact]
    public void Fire_RuleStartingWithNotAmongManyRules_FiresWithoutFacts()
    {
        var none = Named("NoFactType3");
        none.LeftHandSide().Not().Pattern(typeof(FactType3), "three");
        NoOp(none);
        Compile([.. PerKeyRules(2000), none.Build()]);

        Assert.Equal(1, Session.Fire());
        Assert.Equal(["NoFactType3"], FiredRules());
    }

    [Fact]
    public void Fire_RuleStartingWithExistsAmongManyRules_FiresOnceTheFactArrives()
    {
        var some = Named("SomeFactType3");
        some.LeftHandSide().Exists().Pattern(typeof(FactType3), "three");
        NoOp(some);
        Compile([.. PerKeyRules(2000), some.Build()]);
        Assert.Equal(0, Session.Fire());

        Session.Insert(new FactType3());

        Assert.Equal(1, Session.Fire());
    }
}
