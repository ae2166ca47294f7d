namespace EditorialLint.Engine.Rete;

/// <summary>The entries sharing one key, in arrival order, linked through the entries themselves.</summary>
internal sealed class IndexBucket
{
    public IndexedEntry? First { get; private set; }

    public IndexedEntry? Last { get; private set; }

    public int Count { get; private set; }

    public void Append(IndexedEntry entry)
    {
        entry.PreviousInBucket = Last;
        entry.NextInBucket = null;
        if (Last is null)
        {
            First = entry;
        }
        else
        {
            Last.NextInBucket = entry;
        }

        Last = entry;
        Count++;
    }

    public void Remove(IndexedEntry entry)
    {
        if (entry.PreviousInBucket is null)
        {
            First = entry.NextInBucket;
        }
        else
        {
            entry.PreviousInBucket.NextInBucket = entry.NextInBucket;
        }

        if (entry.NextInBucket is null)
        {
            Last = entry.PreviousInBucket;
        }
        else
        {
            entry.NextInBucket.PreviousInBucket = entry.PreviousInBucket;
        }

        entry.PreviousInBucket = null;
        entry.NextInBucket = null;
        Count--;
    }
}
