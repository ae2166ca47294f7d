using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class PriorityTest : RuleTestBase
{
    private static RuleModel.IRuleDefinition Rule(string name, int priority)
    {
        var rule = Named(name);
        rule.Priority(priority);
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        NoOp(rule);
        return rule.Build();
    }

    [Fact]
    public void Fire_DifferentPriorities_HigherFiresFirst()
    {
        Compile(Rule("Low", 1), Rule("High", 10), Rule("Middle", 5));
        Session.Insert(new FactType1());

        Session.Fire();

        Assert.Equal(["High", "Middle", "Low"], FiredRules());
    }

    [Fact]
    public void Fire_EqualPriorities_FirstInFirstOut()
    {
        Compile(Rule("A", 0), Rule("B", 0));
        var first = new FactType1 { Key = 1 };
        var second = new FactType1 { Key = 2 };
        Session.Insert(first);
        Session.Insert(second);

        Session.Fire();

        Assert.Equal(["A", "B", "A", "B"], FiredRules());
        Assert.Equal([first, first, second, second], Fired.Select(f => f.Facts[0]));
    }

    [Fact]
    public void Fire_HigherPriorityActivatedByAction_JumpsTheQueue()
    {
        var producer = Named("Producer");
        producer.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        producer.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) => ctx.Insert(new FactType2 { JoinReference = fact1 })));
        var urgent = Named("Urgent");
        urgent.Priority(100);
        urgent.LeftHandSide().Pattern(typeof(FactType2), "fact2");
        NoOp(urgent);
        Compile(producer.Build(), urgent.Build());
        Session.Insert(new FactType1 { Key = 1 });
        Session.Insert(new FactType1 { Key = 2 });

        Session.Fire();

        Assert.Equal(["Producer", "Urgent", "Producer", "Urgent"], FiredRules());
    }

    [Fact]
    public void Fire_FiredActivationUpdated_RequeuedBehindPendingOnes()
    {
        Compile(Rule("A", 0), Rule("High", 5));
        var first = new FactType1 { Key = 1 };
        var second = new FactType1 { Key = 2 };
        Session.InsertAll([first, second]);
        Session.Fire(3);

        Session.Update(first);
        Session.Fire();

        Assert.Equal(["High", "High", "A", "High", "A", "A"], FiredRules());
        Assert.Equal([first, second, first], Fired.Where(f => f.Rule == "A").Select(f => f.Facts[0]));
    }
}
