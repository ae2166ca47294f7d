using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

/// <summary>
/// A join condition that also tests one side against a constant (<c>b.Group == "x" &amp;&amp; b.Key == a.Key</c>,
/// as the consistency rules write theirs) is hash-indexed on both tests, and still guards what follows it.
/// </summary>
public class ConstantKeyJoinTest : RuleTestBase
{
    [Fact]
    public void Fire_CollectOfOneGroupPerKey_IndexedAndCollectsOnlyThatGroup()
    {
        var group = "x";
        var rule = Named("SameKeyInGroup");
        rule.LeftHandSide().Pattern(typeof(FactType1), "a");
        var all = rule.LeftHandSide().Pattern(typeof(IEnumerable<FactType2>), "all");
        var aggregate = all.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => b.Group == group && b.Key == a.Key));
        NoOp(rule);
        Compile(rule.Build());
        var session = (EditorialLint.Engine.Session)Session;
        var ones = Enumerable.Range(0, 50).Select(i => new FactType1 { Key = i }).ToList();
        var twos = Enumerable.Range(0, 200).Select(i => new FactType2 { Key = i % 50, Group = i % 4 == 0 ? "x" : "y" }).ToList();

        Session.InsertAll(ones);
        Session.InsertAll(twos);

        // Without the index every FactType2 would be tested against all 50 partial matches: 10,000 tests.
        Assert.True(session.ConditionEvaluations < 1000, $"{session.ConditionEvaluations} evaluations");
        Assert.Equal(1, Factory.Metrics.HashIndexedNodes);
        Assert.Equal(50, Session.Fire());
        foreach (var (_, facts) in Fired)
        {
            var one = Assert.IsType<FactType1>(facts[0]);
            var expected = twos.Where(t => t.Group == "x" && t.Key == one.Key);
            Assert.Equal(expected, Assert.IsAssignableFrom<IEnumerable<FactType2>>(facts[1]));
        }
    }

    [Fact]
    public void Fire_ConstantTestGuardsLaterEquality_LaterKeyNotComputedForFactsItRejects()
    {
        var rule = Named("Guarded");
        rule.LeftHandSide().Pattern(typeof(FactType1), "a");
        rule.LeftHandSide().Pattern(typeof(FactType2), "b").Condition(
            Expr.If<FactType1, FactType2>((a, b) => b.TestProperty == "linked" && b.JoinReference!.Key == a.Key));
        NoOp(rule);
        Compile(rule.Build());
        var conditionFailures = 0;
        Session.Events.ConditionFailed += (_, _) => conditionFailures++;
        Session.Insert(new FactType1 { Key = 3 });
        Session.Insert(new FactType2 { TestProperty = "unlinked", JoinReference = null });
        Session.Insert(new FactType2 { TestProperty = "linked", JoinReference = new FactType1 { Key = 3 } });
        Session.Insert(new FactType2 { TestProperty = "linked", JoinReference = new FactType1 { Key = 4 } });

        Assert.Equal(1, Session.Fire());
        Assert.Equal(0, conditionFailures);
        Assert.Equal(1, Factory.Metrics.HashIndexedNodes);
    }

    [Fact]
    public void Fire_ConstantTestOnThePartialMatch_OnlyMatchingPartialMatchesJoin()
    {
        var rule = Named("LeftTested");
        rule.LeftHandSide().Pattern(typeof(FactType1), "a");
        rule.LeftHandSide().Pattern(typeof(FactType2), "b").Condition(
            Expr.If<FactType1, FactType2>((a, b) => a.TestProperty == "left" && b.Key == a.Key));
        NoOp(rule);
        Compile(rule.Build());
        var left = new FactType1 { TestProperty = "left", Key = 1 };
        Session.InsertAll([left, new FactType1 { TestProperty = "right", Key = 1 }, new FactType2 { Key = 1 }, new FactType2 { Key = 2 }]);

        Assert.Equal(1, Session.Fire());
        Assert.Same(left, Fired.Single().Facts[0]);
        Assert.Equal(1, Factory.Metrics.HashIndexedNodes);

        left.TestProperty = "right";
        Session.Update(left);
        Assert.Equal(0, Session.Agenda.Count);
    }
}
