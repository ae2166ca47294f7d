namespace EditorialLint.Engine.Rete;

/// <summary>Receives facts from an alpha memory on its right input.</summary>
internal interface IFactSink
{
    void RightAssert(Session session, Fact fact);

    void RightUpdate(Session session, Fact fact);

    void RightRetract(Session session, Fact fact);
}
