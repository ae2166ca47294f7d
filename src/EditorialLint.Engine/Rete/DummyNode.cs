namespace EditorialLint.Engine.Rete;

/// <summary>The start of the beta network: it holds the one empty partial match of each session.</summary>
internal sealed class DummyNode() : TupleSourceNode(NodeKind.Dummy)
{
    /// <summary>Seeds a new session. Join nodes seed themselves when first used, keeping sessions cheap.</summary>
    public void Start(Session session)
    {
        foreach (var child in Children)
        {
            if (child is not JoinNode)
            {
                child.LeftAssert(session, Tuple.Root);
            }
        }
    }
}
