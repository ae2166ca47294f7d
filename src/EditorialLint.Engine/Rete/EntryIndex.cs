namespace EditorialLint.Engine.Rete;

/// <summary>
/// One input of a beta node, hash-indexed by key. A node without equality conditions gives every entry
/// the same key; its entries share one bucket and need no hash table. Nothing is allocated until the
/// first entry arrives: many nodes a session reaches only ever see one of their inputs.
/// </summary>
internal sealed class EntryIndex(bool keyed)
{
    private Dictionary<object, IndexBucket>? _buckets;
    private IndexBucket? _all;

    /// <summary>The entries with <paramref name="key"/>, when there are any.</summary>
    public bool TryGetBucket(object key, out IndexBucket bucket)
    {
        if (!keyed)
        {
            bucket = _all!;
            return _all is { Count: > 0 };
        }

        if (_buckets is null)
        {
            bucket = null!;
            return false;
        }

        return _buckets.TryGetValue(key, out bucket!);
    }

    public void Add(IndexedEntry entry)
    {
        if (!keyed)
        {
            (_all ??= new IndexBucket()).Append(entry);
            return;
        }

        if (ReferenceEquals(entry.Key, IndexKey.Unmatchable))
        {
            return;
        }

        _buckets ??= [];
        if (!_buckets.TryGetValue(entry.Key, out var bucket))
        {
            bucket = new IndexBucket();
            _buckets.Add(entry.Key, bucket);
        }

        bucket.Append(entry);
    }

    public void Remove(IndexedEntry entry)
    {
        if (!keyed)
        {
            _all!.Remove(entry);
            return;
        }

        if (_buckets is null || !_buckets.TryGetValue(entry.Key, out var bucket))
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
