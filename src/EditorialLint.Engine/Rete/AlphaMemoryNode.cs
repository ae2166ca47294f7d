using System.Runtime.InteropServices;

namespace EditorialLint.Engine.Rete;

/// <summary>
/// Holds the facts that passed a chain of selection nodes and feeds them to beta nodes. A fact is in
/// the memory while it has entries in the right inputs of the memory's beta nodes; the fact holds them.
/// </summary>
internal sealed class AlphaMemoryNode() : ReteNode(NodeKind.AlphaMemory)
{
    /// <summary>The beta nodes fed; complete once the network is built, when sessions read it as a span.</summary>
    public List<IFactSink> Sinks { get; } = [];

    /// <summary>Passes on a newly inserted fact; the alpha network reaches a memory at most once per insert.</summary>
    public void Assert(Session session, Fact fact)
    {
        foreach (var sink in CollectionsMarshal.AsSpan(Sinks))
        {
            sink.RightAssert(session, fact);
        }
    }

    public void Update(Session session, Fact fact)
    {
        if (Sinks.Count == 0)
        {
            return;
        }

        if (fact.EntryIn(Sinks[0]) is not { } first)
        {
            Assert(session, fact);
            return;
        }

        Sinks[0].RightUpdate(session, first);
        for (var i = 1; i < Sinks.Count; i++)
        {
            Sinks[i].RightUpdate(session, fact.EntryIn(Sinks[i])!);
        }
    }

    public void Retract(Session session, Fact fact)
    {
        foreach (var sink in CollectionsMarshal.AsSpan(Sinks))
        {
            if (fact.EntryIn(sink) is not { } entry)
            {
                return;
            }

            sink.RightRetract(session, entry);
        }
    }
}
