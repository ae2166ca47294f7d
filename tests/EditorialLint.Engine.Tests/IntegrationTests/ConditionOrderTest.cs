using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class ConditionOrderTest : RuleTestBase
{
    [Fact]
    public void Insert_GuardWrittenFirst_LaterConditionNeverSeesNull()
    {
        Compile(OneFactRule<FactType1>(
            "Guarded",
            "fact1",
            Expr.If<FactType1>(fact1 => fact1.TestProperty != null),
            Expr.If<FactType1>(fact1 => fact1.TestProperty!.Length > 2)));
        var failures = 0;
        Session.Events.ConditionFailed += (_, _) => failures++;

        Session.Insert(new FactType1 { TestProperty = null });
        Session.Insert(new FactType1 { TestProperty = "long" });

        Assert.Equal(0, failures);
        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Insert_JoinGuardWrittenFirst_LaterJoinConditionNeverSeesNull()
    {
        var rule = Named("GuardedJoin");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "a");
        var b = lhs.Pattern(typeof(FactType2), "b");
        b.Condition(Expr.If<FactType1, FactType2>((a, b) => b.JoinReference == a));
        b.Condition(Expr.If<FactType1, FactType2>((a, b) => b.JoinReference!.Number == a.Number));
        NoOp(rule);
        Compile(rule.Build());
        var failures = 0;
        Session.Events.ConditionFailed += (_, _) => failures++;
        var a = new FactType1();

        Session.Insert(a);
        Session.Insert(new FactType2 { JoinReference = null });
        Session.Insert(new FactType2 { JoinReference = a });

        Assert.Equal(0, failures);
        Assert.Equal(1, Session.Fire());
    }
}
