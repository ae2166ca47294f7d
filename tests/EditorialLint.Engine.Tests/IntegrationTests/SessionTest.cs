using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class SessionTest : RuleTestBase
{
    public SessionTest() =>
        Compile(OneFactRule<FactType1>("Any", "fact1"));

    [Fact]
    public void Insert_SameFactTwice_Throws()
    {
        var fact = new FactType1();
        Session.Insert(fact);

        var exception = Assert.Throws<InvalidOperationException>(() => Session.Insert(fact));

        Assert.Contains("already in the session", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_EqualButDistinctFacts_BothKept()
    {
        Session.Insert(new FactType1());
        Session.Insert(new FactType1());

        Assert.Equal(2, Session.Query<FactType1>().Count());
    }

    [Fact]
    public void Update_UnknownFact_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Session.Update(new FactType1()));

        Assert.Contains("not in the session", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retract_UnknownFact_ThrowsButTryRetractReturnsFalse()
    {
        Assert.Throws<InvalidOperationException>(() => Session.Retract(new FactType1()));
        Assert.False(Session.TryRetract(new FactType1()));
    }

    [Fact]
    public void CreateSession_TwoSessions_DoNotSeeEachOthersFacts()
    {
        var other = Factory.CreateSession();
        Session.Insert(new FactType1());

        Assert.Empty(other.Query<FactType1>());
        Assert.Equal(0, other.Fire());
        Assert.Equal(1, Session.Fire());
    }

    [Fact]
    public void CreateSession_FromManyThreads_EachSessionWorks()
    {
        var results = new int[8];
        Parallel.For(0, results.Length, i =>
        {
            var session = Factory.CreateSession();
            for (var j = 0; j <= i; j++)
            {
                session.Insert(new FactType1 { Key = j });
            }

            results[i] = session.Fire();
        });

        Assert.Equal(Enumerable.Range(1, 8), results);
    }

    [Fact]
    public void Events_InsertUpdateRetractAndFire_RaisedInOrderOnSessionAndFactory()
    {
        var seen = new List<string>();
        Session.Events.FactInserted += (_, _) => seen.Add("inserted");
        Session.Events.ActivationCreated += (_, _) => seen.Add("created");
        Session.Events.FactUpdated += (_, _) => seen.Add("updated");
        Session.Events.ActivationUpdated += (_, _) => seen.Add("activation updated");
        Session.Events.RuleFiring += (_, _) => seen.Add("firing");
        Session.Events.RuleFired += (_, _) => seen.Add("fired");
        Session.Events.ActivationDeleted += (_, _) => seen.Add("deleted");
        Session.Events.FactRetracted += (_, _) => seen.Add("retracted");
        object? sender = null;
        Factory.Events.FactRetracted += (s, _) => sender = s;
        var fact = new FactType1();

        Session.Insert(fact);
        Session.Update(fact);
        Session.Fire();
        Session.Retract(fact);

        Assert.Equal(["created", "inserted", "activation updated", "updated", "firing", "fired", "deleted", "retracted"], seen);
        Assert.Same(Session, sender);
    }
}
