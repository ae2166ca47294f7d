using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class AgendaTest : RuleTestBase
{
    public AgendaTest() => Compile(OneFactRule<FactType1>("Any", "fact1"));

    [Fact]
    public void Peek_EmptyAgenda_Throws()
    {
        Assert.True(Session.Agenda.IsEmpty);
        Assert.Throws<InvalidOperationException>(() => Session.Agenda.Peek());
    }

    [Fact]
    public void Clear_PendingActivations_NothingFires()
    {
        Session.InsertAll([new FactType1(), new FactType1()]);

        Session.Agenda.Clear();

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Insert_FromEventHandlerDuringPropagation_Throws()
    {
        Session.Events.ActivationCreated += (_, _) => Session.Insert(new FactType2());

        Assert.Throws<InvalidOperationException>(() => Session.Insert(new FactType1()));
    }
}
