using EditorialLint.Engine.Rete;
using Tuple = EditorialLint.Engine.Rete.Tuple;

namespace EditorialLint.Engine.Tests.Units;

public class TupleEntriesTest
{
    private static JoinNode Node() => new(new DummyNode(), new AlphaMemoryNode(), null, []);

    private static (Tuple Tuple, LeftEntry[] Entries) TupleIn(params JoinNode[] nodes)
    {
        var tuple = new Tuple(Tuple.Root, new Rete.Fact("x", 1), 2);
        var entries = nodes.Select(node => new LeftEntry(tuple, IndexKey.None, node)).ToArray();
        foreach (var entry in entries)
        {
            tuple.AddEntry(entry);
        }

        return (tuple, entries);
    }

    [Fact]
    public void EntryIn_FindsEachNodesEntry_InAnyOrder()
    {
        JoinNode a = Node(), b = Node(), c = Node();
        var (tuple, entries) = TupleIn(a, b, c);

        Assert.Same(entries[1], tuple.EntryIn(b));
        Assert.Same(entries[2], tuple.EntryIn(c));
        Assert.Same(entries[0], tuple.EntryIn(a));
        Assert.Same(entries[0], tuple.EntryIn(a));
        Assert.Null(tuple.EntryIn(Node()));
    }

    [Fact]
    public void RemoveEntry_LeavesTheOthersFindable()
    {
        JoinNode a = Node(), b = Node(), c = Node();
        var (tuple, entries) = TupleIn(a, b, c);
        Assert.Same(entries[1], tuple.EntryIn(b));

        tuple.RemoveEntry(entries[2]);
        tuple.RemoveEntry(entries[0]);

        Assert.Null(tuple.EntryIn(a));
        Assert.Null(tuple.EntryIn(c));
        Assert.Same(entries[1], tuple.EntryIn(b));
    }
}
