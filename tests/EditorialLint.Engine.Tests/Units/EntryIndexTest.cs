using EditorialLint.Engine.Rete;
using FsCheck.Xunit;
using Tuple = EditorialLint.Engine.Rete.Tuple;

namespace EditorialLint.Engine.Tests.Units;

public class EntryIndexTest
{
    private static RightEntry Entry(object key) => new(new Rete.Fact(key, 1), key, Sink.Instance);

    private static int AddOne(EntryIndex index)
    {
        index.Add(Entry("a"));
        return index.Capacity;
    }

    private static List<IndexedEntry> Bucket(EntryIndex index, object key)
    {
        var entries = new List<IndexedEntry>();
        for (var entry = index.FirstWith(key); entry is not null; entry = entry.NextInBucket)
        {
            entries.Add(entry);
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

        Assert.Null(index.FirstWith("a"));
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
        Assert.Null(index.FirstWith(IndexKey.None));
    }

    /// <summary>
    /// Random adds and removals, over keys that are equal without being the same object, keys whose
    /// hashes collide and the unmatchable key, give the buckets a dictionary of lists gives, in order.
    /// </summary>
    [Property(MaxTest = 500)]
    public void Keyed_AnySequenceOfChanges_GivesTheBucketsOfADictionaryOfLists(int[] operations, bool presized)
    {
        // A table may also start large, at the size an earlier session's grew to.
        var hint = new TableSizeHint();
        hint.Grew(presized ? 64 : 0);
        var index = new EntryIndex(keyed: true, hint);
        var model = new Dictionary<object, List<IndexedEntry>>();
        var present = new List<IndexedEntry>();
        foreach (var operation in operations)
        {
            var code = operation & int.MaxValue;
            if (code % 3 == 0 && present.Count > 0)
            {
                var entry = present[code / 3 % present.Count];
                present.Remove(entry);
                index.Remove(entry);
                if (model.TryGetValue(entry.Key, out var list))
                {
                    list.Remove(entry);
                    if (list.Count == 0)
                    {
                        model.Remove(entry.Key);
                    }
                }
            }
            else
            {
                var entry = Entry(KeyFor(code / 3));
                present.Add(entry);
                index.Add(entry);
                if (!ReferenceEquals(entry.Key, IndexKey.Unmatchable))
                {
                    (model.TryGetValue(entry.Key, out var list) ? list : model[entry.Key] = []).Add(entry);
                }
            }

            for (var k = 0; k < KeyCount; k++)
            {
                var key = KeyFor(k);
                Assert.Equal(model.TryGetValue(key, out var expected) ? expected : [], Bucket(index, key));
            }
        }

        foreach (var entry in present)
        {
            index.Remove(entry);
        }

        for (var k = 0; k < KeyCount; k++)
        {
            Assert.Null(index.FirstWith(KeyFor(k)));
        }
    }

    [Fact]
    public void Keyed_TableOfALaterIndex_StartsAtTheSizeAnEarlierOneGrewTo()
    {
        var hint = new TableSizeHint();
        var first = new EntryIndex(keyed: true, hint);
        Assert.Equal(0, first.Capacity);
        for (var i = 0; i < 20; i++)
        {
            first.Add(Entry(i));
        }

        var later = new EntryIndex(keyed: true, hint);
        later.Add(Entry(0));

        Assert.Equal(32, first.Capacity);
        Assert.Equal(32, later.Capacity);
        Assert.Equal(4, AddOne(new EntryIndex(keyed: true)));
    }

    [Fact]
    public void Keyed_VeryLargeTable_RaisesTheStartingSizeOnlyToTheCap()
    {
        var hint = new TableSizeHint();
        var large = new EntryIndex(keyed: true, hint);
        for (var i = 0; i < 1000; i++)
        {
            large.Add(Entry(i));
        }

        var later = new EntryIndex(keyed: true, hint);
        later.Add(Entry(0));

        Assert.Equal(2048, large.Capacity);
        Assert.Equal(TableSizeHint.MaxSlots, later.Capacity);
    }

    [Fact]
    public void Keyed_ManyKeysWithCollidingHashes_AreAllFound_AndRemoved()
    {
        var index = new EntryIndex(keyed: true);
        var entries = Enumerable.Range(0, 200).Select(i => Entry(new Colliding(i))).ToList();
        foreach (var entry in entries)
        {
            index.Add(entry);
        }

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal([entries[i]], Bucket(index, new Colliding(i)));
        }

        // Removing every other key shifts the survivors back; each must still be found.
        for (var i = 0; i < 200; i += 2)
        {
            index.Remove(entries[i]);
        }

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(i % 2 == 0 ? [] : [entries[i]], Bucket(index, new Colliding(i)));
        }
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

    private const int KeyCount = 31;

    /// <summary>
    /// Keys of several kinds, made anew each time: boxed integers, strings, keys whose hashes collide,
    /// and (for one code in 31) the unmatchable key.
    /// </summary>
    private static object KeyFor(int code) => (code % KeyCount) switch
    {
        0 => IndexKey.Unmatchable,
        var k when k < 11 => (object)k,
        var k when k < 21 => new string((char)('a' + k), 2),
        var k => new Colliding(k),
    };

    /// <summary>A key whose hash is shared by a third of its values, to make probes collide.</summary>
    private sealed record Colliding(int Value)
    {
        public override int GetHashCode() => Value % 3;
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
