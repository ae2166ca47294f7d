using EditorialLint.Engine.Rete;
using Tuple = EditorialLint.Engine.Rete.Tuple;

namespace EditorialLint.Engine.Tests.Units;

public class EntryIndexTest
{
    private static RightEntry Entry(object key) => new(new Rete.Fact(key, 1), key, Sink.Instance);

    private static List<IndexedEntry> Bucket(EntryIndex index, object key)
    {
        var entries = new List<IndexedEntry>();
        if (index.TryGetBucket(key, out var bucket))
        {
            for (var entry = bucket.First; entry is not null; entry = entry.NextInBucket)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    [Fact]
    public void Keyed_EntriesMeetOnlyTheirKey_InArrivalOrder()
    {
        var index = new EntryIndex(keyed: true);
        var a1 = Entry("a");
        var b = Entry("b");
        var a2 = Entry("a");
        index.Add(a1);
        index.Add(b);
        index.Add(a2);

        Assert.Equal([a1, a2], Bucket(index, "a"));
        Assert.Equal([b], Bucket(index, "b"));
        Assert.Empty(Bucket(index, "c"));
    }

    [Fact]
    public void Keyed_UnmatchableEntry_IsInNoBucket()
    {
        var index = new EntryIndex(keyed: true);
        index.Add(Entry(IndexKey.Unmatchable));

        Assert.Empty(Bucket(index, IndexKey.Unmatchable));
    }

    [Fact]
    public void Keyed_RemovingTheLastEntryOfAKey_LeavesNoBucket()
    {
        var index = new EntryIndex(keyed: true);
        var a = Entry("a");
        index.Add(a);
        index.Remove(a);

        Assert.False(index.TryGetBucket("a", out _));
    }

    [Fact]
    public void Unkeyed_EveryEntrySharesOneBucket_UntilEmpty()
    {
        var index = new EntryIndex(keyed: false);
        var first = Entry(IndexKey.None);
        var second = Entry(IndexKey.None);
        index.Add(first);
        index.Add(second);

        Assert.Equal([first, second], Bucket(index, IndexKey.None));

        index.Remove(first);
        index.Remove(second);
        Assert.False(index.TryGetBucket(IndexKey.None, out _));
    }

    [Fact]
    public void FactsAndTuples_AreEqualOnlyToThemselves_WhateverTheirNumber()
    {
        var fact = new Rete.Fact("x", 7);
        var same = new Rete.Fact("x", 7);
        var tuple = new Tuple(Tuple.Root, fact, 7);

        Assert.True(fact.Equals(fact));
        Assert.False(fact.Equals(same));
        Assert.False(tuple.Equals(new Tuple(Tuple.Root, fact, 7)));
        Assert.Equal(fact.GetHashCode(), same.GetHashCode());
    }

    private sealed class Sink : IFactSink
    {
        public static readonly Sink Instance = new();

        public int MemoryIndex => 0;

        public void RightAssert(Session session, Rete.Fact fact) => throw new NotSupportedException();

        public void RightUpdate(Session session, RightEntry entry) => throw new NotSupportedException();

        public void RightRetract(Session session, RightEntry entry) => throw new NotSupportedException();
    }
}
