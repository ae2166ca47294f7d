namespace EditorialLint.Engine.Rete;

/// <summary>Receives partial matches on its left input.</summary>
internal interface ITupleSink
{
    void LeftAssert(Session session, Tuple tuple);

    void LeftUpdate(Session session, Tuple tuple);

    void LeftRetract(Session session, Tuple tuple);
}
