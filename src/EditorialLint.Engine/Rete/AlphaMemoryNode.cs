namespace EditorialLint.Engine.Rete;

/// <summary>Holds the facts that passed a chain of selection nodes and feeds them to beta nodes.</summary>
internal sealed class AlphaMemoryNode() : ReteNode(NodeKind.AlphaMemory), IMemoryNode
{
    public List<IFactSink> Sinks { get; } = [];

    public int MemoryIndex { get; set; }

    public object CreateMemory() => new HashSet<Fact>();

    public void Assert(Session session, Fact fact)
    {
        if (session.Memory<HashSet<Fact>>(this).Add(fact))
        {
            foreach (var sink in Sinks)
            {
                sink.RightAssert(session, fact);
            }
        }
    }

    public void Update(Session session, Fact fact)
    {
        if (session.Memory<HashSet<Fact>>(this).Add(fact))
        {
            foreach (var sink in Sinks)
            {
                sink.RightAssert(session, fact);
            }
        }
        else
        {
            foreach (var sink in Sinks)
            {
                sink.RightUpdate(session, fact);
            }
        }
    }

    public void Retract(Session session, Fact fact)
    {
        if (session.Memory<HashSet<Fact>>(this).Remove(fact))
        {
            foreach (var sink in Sinks)
            {
                sink.RightRetract(session, fact);
            }
        }
    }
}
