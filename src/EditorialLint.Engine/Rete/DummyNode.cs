namespace EditorialLint.Engine.Rete;

/// <summary>The start of the beta network: it holds the one empty partial match of each session.</summary>
internal sealed class DummyNode() : TupleSourceNode(NodeKind.Dummy)
{
    private ITupleSink[] _seeded = [];

    /// <summary>
    /// Fixes which children a new session must seed. Join nodes seed themselves when first used, so a
    /// session over thousands of rules starts without touching them.
    /// </summary>
    public void Seal() => _seeded = [.. Children.Where(child => child is not JoinNode)];

    public void Start(Session session)
    {
        foreach (var child in _seeded)
        {
            child.LeftAssert(session, Tuple.Root);
        }
    }
}
