using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class EqualityJoinRuleTest : RuleTestBase
{
    private readonly ReadCounter _counter = new();

    public EqualityJoinRuleTest()
    {
        var rule = Named("EqualityJoin");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(CountedFact), "left").Condition(Expr.If<CountedFact>(left => left.Side == "L"));
        var right = lhs.Pattern(typeof(CountedFact), "right");
        right.Condition(Expr.If<CountedFact>(right => right.Side == "R"));
        right.Condition(Expr.If<CountedFact, CountedFact>((right, left) => left.Key == right.Key));
        NoOp(rule);
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_ManyFactsOnEachSide_FiresOncePerEqualKey()
    {
        for (var i = 0; i < 200; i++)
        {
            Session.Insert(new CountedFact(_counter, i, "L"));
            Session.Insert(new CountedFact(_counter, 199 - i, "R"));
        }

        Assert.Equal(200, Session.Fire());
        Assert.All(Fired, f => Assert.Equal(((CountedFact)f.Facts[0]!).Key, ((CountedFact)f.Facts[1]!).Key));
    }

    [Fact]
    public void Insert_ManyFactsOnEachSide_ReadsEachKeyOnceNotOncePerPair()
    {
        const int n = 300;
        for (var i = 0; i < n; i++)
        {
            Session.Insert(new CountedFact(_counter, i, "L"));
            Session.Insert(new CountedFact(_counter, i, "R"));
        }

        // A cross join would read keys n * n = 90,000 times; an index reads each once per side.
        Assert.True(_counter.Reads <= 4 * n, $"keys were read {_counter.Reads} times");
        Assert.Equal(n, Session.Agenda.Count);
    }

    [Fact]
    public void Compile_EqualityCondition_BuildsHashIndexedJoin()
    {
        Assert.Equal(2, Factory.Metrics.Count(NodeKind.Join));
        Assert.Equal(1, Factory.Metrics.HashIndexedNodes);
    }

    [Fact]
    public void Update_KeyChanges_MovesTheMatch()
    {
        var rule = Named("MutableKey");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a");
        lhs.Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.Key == b.Key));
        NoOp(rule);
        Compile(rule.Build());
        var a = new FactType1 { Key = 1 };
        var b1 = new FactType2 { Key = 1 };
        var b2 = new FactType2 { Key = 2 };
        Session.InsertAll([a, b1, b2]);
        Assert.Equal(1, Session.Agenda.Count);

        a.Key = 2;
        Session.Update(a);

        Assert.Equal(1, Session.Fire());
        Assert.Same(b2, Fired.Single().Facts[1]);
    }

    [Fact]
    public void Fire_CompoundKey_MatchesOnlyWhenAllPartsEqual()
    {
        var rule = Named("CompoundKey");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a");
        lhs.Pattern(typeof(FactType2), "b").Condition(
            Expr.If<FactType1, FactType2>((a, b) => a.Key == b.Key && a.TestProperty == b.TestProperty));
        NoOp(rule);
        Compile(rule.Build());
        Session.Insert(new FactType1 { Key = 1, TestProperty = "x" });
        Session.Insert(new FactType2 { Key = 1, TestProperty = "x" });
        Session.Insert(new FactType2 { Key = 1, TestProperty = "y" });
        Session.Insert(new FactType2 { Key = 2, TestProperty = "x" });

        Assert.Equal(1, Session.Fire());
        Assert.Equal(1, Factory.Metrics.HashIndexedNodes);
    }

    [Fact]
    public void Fire_NullKeysOnBothSides_MatchLikeCSharpEquality()
    {
        var rule = Named("NullKey");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a");
        lhs.Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.TestProperty == b.TestProperty));
        NoOp(rule);
        Compile(rule.Build());
        Session.Insert(new FactType1 { TestProperty = null });
        Session.Insert(new FactType2 { TestProperty = null });
        Session.Insert(new FactType2 { TestProperty = "x" });

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Fire_EqualityGuardedByEarlierTest_KeyIsNotComputedAheadOfTheGuard()
    {
        var rule = Named("Guarded");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a");
        lhs.Pattern(typeof(FactType2), "b").Condition(
            Expr.If<FactType1, FactType2>((a, b) => b.JoinReference != null && b.JoinReference.Key == a.Key));
        NoOp(rule);
        Compile(rule.Build());
        var conditionFailures = 0;
        Session.Events.ConditionFailed += (_, _) => conditionFailures++;
        Session.Insert(new FactType1 { Key = 3 });
        Session.Insert(new FactType2 { JoinReference = null });
        Session.Insert(new FactType2 { JoinReference = new FactType1 { Key = 3 } });

        Assert.Equal(1, Session.Fire());
        Assert.Equal(0, conditionFailures);
        Assert.Equal(0, Factory.Metrics.HashIndexedNodes);
    }
}
