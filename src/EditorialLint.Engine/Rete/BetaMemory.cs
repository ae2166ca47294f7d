namespace EditorialLint.Engine.Rete;

/// <summary>The per-session state of a two-input beta node: both inputs, hash-indexed by key.</summary>
internal sealed class BetaMemory
{
    public Dictionary<Tuple, LeftEntry> Left { get; } = [];

    public Dictionary<Fact, RightEntry> Right { get; } = [];

    public Dictionary<object, IndexBucket> LeftIndex { get; } = [];

    public Dictionary<object, IndexBucket> RightIndex { get; } = [];

    public int Stamp { get; set; }

    public static void Add(Dictionary<object, IndexBucket> index, IndexedEntry entry)
    {
        if (ReferenceEquals(entry.Key, IndexKey.Unmatchable))
        {
            return;
        }

        if (!index.TryGetValue(entry.Key, out var bucket))
        {
            bucket = new IndexBucket();
            index.Add(entry.Key, bucket);
        }

        bucket.Append(entry);
    }

    public static void Remove(Dictionary<object, IndexBucket> index, IndexedEntry entry)
    {
        if (!index.TryGetValue(entry.Key, out var bucket))
        {
            return;
        }

        bucket.Remove(entry);
        if (bucket.Count == 0)
        {
            index.Remove(entry.Key);
        }
    }
}
