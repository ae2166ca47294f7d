using System.Runtime.InteropServices;

namespace EditorialLint.Engine.Rete;

/// <summary>
/// The output of a beta node: passes its partial matches on to the nodes below. It keeps no list of
/// them per session: every node below holds its own entry for each partial match it took in, which is
/// all an update or a retraction needs.
/// </summary>
internal sealed class BetaMemoryNode() : TupleSourceNode(NodeKind.BetaMemory), ITupleSink
{
    public void LeftAssert(Session session, Tuple tuple)
    {
        foreach (var child in CollectionsMarshal.AsSpan(Children))
        {
            child.LeftAssert(session, tuple);
        }
    }

    public void LeftUpdate(Session session, Tuple tuple)
    {
        foreach (var child in CollectionsMarshal.AsSpan(Children))
        {
            child.LeftUpdate(session, tuple);
        }
    }

    public void LeftRetract(Session session, Tuple tuple)
    {
        foreach (var child in CollectionsMarshal.AsSpan(Children))
        {
            child.LeftRetract(session, tuple);
        }
    }
}
