namespace EditorialLint.Engine.Rete;

/// <summary>Holds the partial matches a beta node produced and passes them on.</summary>
internal sealed class BetaMemoryNode() : TupleSourceNode(NodeKind.BetaMemory), ITupleSink, IMemoryNode
{
    public int MemoryIndex { get; set; }

    public object CreateMemory() => new TupleList();

    public void LeftAssert(Session session, Tuple tuple)
    {
        session.Memory<TupleList>(this).Add(tuple);
        foreach (var child in Children)
        {
            child.LeftAssert(session, tuple);
        }
    }

    public void LeftUpdate(Session session, Tuple tuple)
    {
        foreach (var child in Children)
        {
            child.LeftUpdate(session, tuple);
        }
    }

    public void LeftRetract(Session session, Tuple tuple)
    {
        session.Memory<TupleList>(this).Remove(tuple);
        foreach (var child in Children)
        {
            child.LeftRetract(session, tuple);
        }
    }
}
