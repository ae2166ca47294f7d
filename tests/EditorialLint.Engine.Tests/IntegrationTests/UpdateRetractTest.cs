using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class UpdateRetractTest : RuleTestBase
{
    public UpdateRetractTest()
    {
        var rule = Named("Join");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(FactType1), "fact1").Condition(Expr.If<FactType1>(fact1 => fact1.TestProperty == "Valid Value"));
        lhs.Pattern(typeof(FactType2), "fact2").Condition(Expr.If<FactType1, FactType2>((fact1, fact2) => fact2.Key == fact1.Key));
        NoOp(rule);
        var single = OneFactRule<FactType2>("Single", "fact2", Expr.If<FactType2>(fact2 => fact2.TestProperty == "Valid Value"));
        Compile(rule.Build(), single);
    }

    [Fact]
    public void Update_FactStopsMatching_ActivationDeleted()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value", Key = 1 };
        Session.Insert(fact1);
        Session.Insert(new FactType2 { Key = 1 });

        fact1.TestProperty = "Invalid Value";
        Session.Update(fact1);

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Update_FactStartsMatching_Fires()
    {
        var fact1 = new FactType1 { TestProperty = "Invalid Value", Key = 1 };
        Session.Insert(fact1);
        Session.Insert(new FactType2 { Key = 1 });

        fact1.TestProperty = "Valid Value";
        Session.Update(fact1);

        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void Update_FiredRepeatableMatchStillHolds_FiresAgain()
    {
        var fact1 = new FactType1 { TestProperty = "Valid Value", Key = 1 };
        Session.Insert(fact1);
        Session.Insert(new FactType2 { Key = 1 });
        Session.Fire();

        fact1.Number = 42;
        Session.Update(fact1);

        Assert.Equal(1, Session.Fire());
        Assert.Equal(2, FiredTimes("Join"));
    }

    [Fact]
    public void Retract_Fact_RemovesPendingActivation()
    {
        var fact2 = new FactType2 { Key = 1 };
        Session.Insert(new FactType1 { TestProperty = "Valid Value", Key = 1 });
        Session.Insert(fact2);

        Session.Retract(fact2);

        Assert.Equal(0, Session.Fire());
        Assert.Empty(Session.Query<FactType2>());
    }

    [Fact]
    public void Update_OneFact_EvaluatesOnlyConditionsThatDependOnIt()
    {
        var session = (EditorialLint.Engine.Session)Session;
        for (var i = 0; i < 100; i++)
        {
            Session.Insert(new FactType1 { TestProperty = "Valid Value", Key = i });
            Session.Insert(new FactType2 { Key = i, TestProperty = "Other" });
        }

        var target = Session.Query<FactType2>().First();
        var before = session.ConditionEvaluations;
        target.TestProperty = "Valid Value";
        Session.Update(target);

        // One alpha test for "Single"; the equality join needs no per-pair test at all.
        Assert.True(session.ConditionEvaluations - before <= 2, $"{session.ConditionEvaluations - before} evaluations");
        Assert.Equal(101, Session.Agenda.Count);
    }

    [Fact]
    public void Retract_WithUnrelatedFactsPresent_LeavesOtherMatchesAlone()
    {
        var created = 0;
        var deleted = 0;
        var facts = new List<FactType1>();
        for (var i = 0; i < 10; i++)
        {
            var fact1 = new FactType1 { TestProperty = "Valid Value", Key = i };
            facts.Add(fact1);
            Session.Insert(fact1);
            Session.Insert(new FactType2 { Key = i });
        }

        Session.Events.ActivationCreated += (_, _) => created++;
        Session.Events.ActivationDeleted += (_, _) => deleted++;
        Session.Retract(facts[3]);

        Assert.Equal(0, created);
        Assert.Equal(1, deleted);
        Assert.Equal(9, Session.Fire());
    }
}
