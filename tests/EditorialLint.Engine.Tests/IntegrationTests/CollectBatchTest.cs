using EditorialLint.Engine.RuleModel.Builders;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

/// <summary>
/// A collection is brought up to date once per change (once per InsertAll, once per run of firings that
/// cannot be affected by it), not once per collected fact, and still fires with every fact.
/// </summary>
public class CollectBatchTest : RuleTestBase
{
    private readonly ReadCounter _tests = new();

    /// <summary>
    /// For every FactType1, the FactType1s with its key (itself included), as consistency rules compare
    /// every use of a spelling with every other: n facts of one key make n collections of n.
    /// </summary>
    private RuleBuilder SameKeyRule(int priority = 0)
    {
        var counter = _tests;
        var rule = Named("SameKey");
        rule.Priority(priority);
        rule.LeftHandSide().Pattern(typeof(FactType1), "one");
        var all = rule.LeftHandSide().Pattern(typeof(IEnumerable<FactType1>), "all");
        all.Condition(Expr.If<FactType1, IEnumerable<FactType1>>((one, all) => counter.Tick() && all.Any(x => x != one)));
        var aggregate = all.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType1), "other").Condition(Expr.If<FactType1, FactType1>((one, other) => other.Key == one.Key));
        NoOp(rule);
        return rule;
    }

    /// <summary>Turns every FactType2 into a FactType1 of the same key, one firing at a time.</summary>
    private static RuleBuilder DeriveRule(int priority = 0)
    {
        var rule = Named("Derive");
        rule.Priority(priority);
        rule.LeftHandSide().Pattern(typeof(FactType2), "two");
        rule.RightHandSide().Action(Expr.Do<FactType2>((ctx, two) => ctx.Insert(new FactType1 { Key = two.Key, Number = two.Key })));
        return rule;
    }

    [Fact]
    public void Insert_ManyFactsOneAtATime_FiresOnceWithAllOfThemInOrder()
    {
        var rule = Named("CollectAll");
        var collection = rule.LeftHandSide().Pattern(typeof(IReadOnlyCollection<FactType1>), "valid");
        collection.Condition(Expr.If<IReadOnlyCollection<FactType1>>(valid => valid.Count > 0));
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value"));
        NoOp(rule);
        Compile(rule.Build());
        var valid = new List<FactType1>();
        for (var i = 0; i < 500; i++)
        {
            var fact = new FactType1 { TestProperty = i % 3 == 0 ? "Invalid" : "Valid Value", Key = i };
            Session.Insert(fact);
            if (i % 3 != 0)
            {
                valid.Add(fact);
            }
        }

        Assert.Equal(1, Session.Fire());
        Assert.Equal(valid, Assert.IsAssignableFrom<IEnumerable<FactType1>>(Fired.Single().Facts[0]));
    }

    [Fact]
    public void InsertAll_ManyFactsSharingCollections_TestsEachCollectionOnce()
    {
        Compile(SameKeyRule().Build());
        var facts = Enumerable.Range(0, 300).Select(i => new FactType1 { Key = i % 2, Number = i }).ToList();

        Session.InsertAll(facts);

        // One test per fact's collection; testing them all after every fact made 22,950.
        Assert.InRange(_tests.Reads, 300, 600);
        Assert.Equal(300, Session.Fire());
        Assert.All(Fired, fired => Assert.Equal(150, Assert.IsAssignableFrom<IEnumerable<FactType1>>(fired.Facts[1]).Count()));
    }

    [Fact]
    public void Fire_RuleDerivesFactsOneAtATime_TestsEachCollectionOnce()
    {
        Compile(DeriveRule().Build(), SameKeyRule().Build());
        Session.InsertAll(Enumerable.Range(0, 300).Select(i => new FactType2 { Key = i % 3 }).ToList());

        Assert.Equal(600, Session.Fire());

        Assert.InRange(_tests.Reads, 300, 600);
        var collections = Fired.Where(f => f.Rule == "SameKey").Select(f => Assert.IsAssignableFrom<IEnumerable<FactType1>>(f.Facts[1]).ToList()).ToList();
        Assert.Equal(300, collections.Count);
        Assert.All(collections, all => Assert.Equal(100, all.Count));
        Assert.All(collections, all => Assert.Single(all.Select(x => x.Key).Distinct()));
    }

    [Fact]
    public void Fire_CollectRanksAboveTheRuleFeedingIt_FiresBetweenItsFirings()
    {
        var rule = Named("Count");
        rule.Priority(10);
        var collection = rule.LeftHandSide().Pattern(typeof(IReadOnlyCollection<FactType1>), "all");
        collection.Condition(Expr.If<IReadOnlyCollection<FactType1>>(all => all.Count > 0));
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType1), "one");
        NoOp(rule);
        Compile(DeriveRule().Build(), rule.Build());
        Session.InsertAll([new FactType2 { Key = 1 }, new FactType2 { Key = 2 }, new FactType2 { Key = 3 }]);

        Session.Fire();

        Assert.Equal(["Derive", "Count", "Derive", "Count", "Derive", "Count"], FiredRules());
        Assert.Equal([1, 2, 3], Fired.Where(f => f.Rule == "Count").Select(f => Assert.IsAssignableFrom<IReadOnlyCollection<FactType1>>(f.Facts[0]).Count));
    }

    [Fact]
    public void Fire_CollectionChangeRetractsLinkedFact_RuleMatchingItDoesNotFire()
    {
        // "Single" links a fact while exactly one FactType1 exists; "UseLinked" matches that fact. All rank
        // equal, so after "Derive" adds a second FactType1, "UseLinked" is next in line: the collection must
        // be brought up to date first, which retracts the linked fact.
        var single = Named("Single");
        var collection = single.LeftHandSide().Pattern(typeof(IReadOnlyCollection<FactType1>), "all");
        collection.Condition(Expr.If<IReadOnlyCollection<FactType1>>(all => all.Count == 1));
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType1), "one");
        single.RightHandSide().Action(Expr.Do<IReadOnlyCollection<FactType1>>((ctx, all) => ctx.InsertLinked("only", new FactType3 { TestProperty = "only" })));
        var useLinked = Named("UseLinked");
        useLinked.LeftHandSide().Pattern(typeof(FactType3), "three");
        NoOp(useLinked);
        Compile(single.Build(), DeriveRule().Build(), useLinked.Build());
        Session.Insert(new FactType1 { Key = 0 });
        Session.Insert(new FactType2 { Key = 1 });

        Session.Fire();

        Assert.Equal(["Single", "Derive"], FiredRules());
        Assert.Empty(Session.Query<FactType3>());
    }
}
