namespace EditorialLint.Engine.Rete;

/// <summary>The per-session state of a two-input beta node: both inputs, hash-indexed by key.</summary>
internal sealed class BetaMemory
{
    public Dictionary<Tuple, LeftEntry> Left { get; } = [];

    public Dictionary<Fact, RightEntry> Right { get; } = [];

    public Dictionary<object, HashSet<LeftEntry>> LeftIndex { get; } = [];

    public Dictionary<object, HashSet<RightEntry>> RightIndex { get; } = [];

    public int Stamp { get; set; }

    public static void Add<T>(Dictionary<object, HashSet<T>> index, object key, T entry)
    {
        if (ReferenceEquals(key, IndexKey.Unmatchable))
        {
            return;
        }

        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = [];
            index.Add(key, bucket);
        }

        bucket.Add(entry);
    }

    public static void Remove<T>(Dictionary<object, HashSet<T>> index, object key, T entry)
    {
        if (index.TryGetValue(key, out var bucket) && bucket.Remove(entry) && bucket.Count == 0)
        {
            index.Remove(key);
        }
    }
}
