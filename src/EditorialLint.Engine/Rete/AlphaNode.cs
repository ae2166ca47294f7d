namespace EditorialLint.Engine.Rete;

/// <summary>A node of the alpha network: tests single facts and feeds alpha memories.</summary>
internal abstract class AlphaNode(NodeKind kind) : ReteNode(kind)
{
    public List<SelectionNode> ChildNodes { get; } = [];

    public AlphaMemoryNode? MemoryNode { get; set; }

    public void PropagateAssert(Session session, Fact fact)
    {
        if (!IsSatisfiedBy(session, fact))
        {
            return;
        }

        MemoryNode?.Assert(session, fact);
        foreach (var child in ChildNodes)
        {
            child.PropagateAssert(session, fact);
        }
    }

    public void PropagateUpdate(Session session, Fact fact)
    {
        if (!IsSatisfiedBy(session, fact))
        {
            PropagateRetract(session, fact);
            return;
        }

        MemoryNode?.Update(session, fact);
        foreach (var child in ChildNodes)
        {
            child.PropagateUpdate(session, fact);
        }
    }

    public void PropagateRetract(Session session, Fact fact)
    {
        MemoryNode?.Retract(session, fact);
        foreach (var child in ChildNodes)
        {
            child.PropagateRetract(session, fact);
        }
    }

    protected abstract bool IsSatisfiedBy(Session session, Fact fact);
}
