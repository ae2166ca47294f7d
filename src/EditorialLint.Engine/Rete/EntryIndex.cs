namespace EditorialLint.Engine.Rete;

/// <summary>
/// One input of a beta node, hash-indexed by key. A node without equality conditions gives every entry
/// the same key; its entries share one bucket and need no hash table.
/// </summary>
internal sealed class EntryIndex
{
    private readonly Dictionary<object, IndexBucket>? _buckets;
    private readonly IndexBucket? _all;

    public EntryIndex(bool keyed)
    {
        if (keyed)
        {
            _buckets = [];
        }
        else
        {
            _all = new IndexBucket();
        }
    }

    /// <summary>The entries with <paramref name="key"/>, when there are any.</summary>
    public bool TryGetBucket(object key, out IndexBucket bucket)
    {
        if (_all is not null)
        {
            bucket = _all;
            return _all.Count > 0;
        }

        return _buckets!.TryGetValue(key, out bucket!);
    }

    public void Add(IndexedEntry entry)
    {
        if (_all is not null)
        {
            _all.Append(entry);
            return;
        }

        if (ReferenceEquals(entry.Key, IndexKey.Unmatchable))
        {
            return;
        }

        if (!_buckets!.TryGetValue(entry.Key, out var bucket))
        {
            bucket = new IndexBucket();
            _buckets.Add(entry.Key, bucket);
        }

        bucket.Append(entry);
    }

    public void Remove(IndexedEntry entry)
    {
        if (_all is not null)
        {
            _all.Remove(entry);
            return;
        }

        if (!_buckets!.TryGetValue(entry.Key, out var bucket))
        {
            return;
        }

        bucket.Remove(entry);
        if (bucket.Count == 0)
        {
            _buckets.Remove(entry.Key);
        }
    }
}
