using EditorialLint.Engine.Rete;

namespace EditorialLint.Engine.Tests.Units;

public class FactEntriesTest
{
    private static readonly Node A = new(0);
    private static readonly Node B = new(1);
    private static readonly Node C = new(2);
    private static readonly Node SameBitAsA = new(64);

    private static (Rete.Fact Fact, RightEntry[] Entries) FactIn(params Node[] nodes)
    {
        var fact = new Rete.Fact("x", 1);
        var entries = nodes.Select(node => new RightEntry(fact, IndexKey.None, node)).ToArray();
        foreach (var entry in entries)
        {
            fact.AddEntry(entry);
        }

        return (fact, entries);
    }

    [Fact]
    public void EntryIn_FindsEachNodesEntry_InAnyOrder()
    {
        var (fact, entries) = FactIn(A, B, C);

        Assert.Same(entries[2], fact.EntryIn(C));
        Assert.Same(entries[0], fact.EntryIn(A));
        Assert.Same(entries[1], fact.EntryIn(B));
        Assert.Same(entries[1], fact.EntryIn(B));
    }

    [Fact]
    public void EntryIn_NodeWithoutEntry_IsNull_AlsoWhenItSharesABitWithOne()
    {
        var (fact, _) = FactIn(A, B);

        Assert.Null(fact.EntryIn(C));
        Assert.Null(fact.EntryIn(SameBitAsA));
    }

    [Fact]
    public void RemoveEntry_LeavesTheOthersFindable()
    {
        var (fact, entries) = FactIn(A, B, C);
        Assert.Same(entries[0], fact.EntryIn(A));

        fact.RemoveEntry(entries[1]);
        fact.RemoveEntry(entries[0]);

        Assert.Null(fact.EntryIn(A));
        Assert.Null(fact.EntryIn(B));
        Assert.Same(entries[2], fact.EntryIn(C));
    }

    [Fact]
    public void AddEntry_AfterRemovingAll_IsFindable()
    {
        var (fact, entries) = FactIn(A);
        fact.RemoveEntry(entries[0]);
        var again = new RightEntry(fact, IndexKey.None, A);
        fact.AddEntry(again);

        Assert.Same(again, fact.EntryIn(A));
    }

    private sealed class Node(int memoryIndex) : IFactSink
    {
        public int MemoryIndex => memoryIndex;

        public void RightAssert(Session session, Rete.Fact fact) => throw new NotSupportedException();

        public void RightUpdate(Session session, RightEntry entry) => throw new NotSupportedException();

        public void RightRetract(Session session, RightEntry entry) => throw new NotSupportedException();
    }
}
