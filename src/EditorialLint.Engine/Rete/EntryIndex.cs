namespace EditorialLint.Engine.Rete;

/// <summary>
/// One input of a beta node, hash-indexed by key: the entries sharing a key are linked through the
/// entries themselves, in arrival order. A node without equality conditions gives every entry the same
/// key; its entries form one list and need no table. Nothing is allocated until the first entry arrives:
/// many nodes a session reaches only ever see one of their inputs.
/// </summary>
/// <remarks>
/// The table is open-addressed (linear probing, removal by shifting back the slots after the removed
/// one), and a slot holds its key's first and last entry, so a key costs one slot of an array rather
/// than a dictionary entry and a bucket object. Keys are compared as a
/// <see cref="Dictionary{TKey, TValue}"/> of objects compares them: by hash, then
/// <see cref="object.Equals(object)"/> of the key in the table. A value type held in
/// <see cref="BetaMemory"/>'s fields, so a memory is one object; do not copy it. A table starts at the
/// size the node's tables grew to in earlier sessions (<see cref="TableSizeHint"/>), so that the articles
/// of one run do not each grow it from four slots again.
/// </remarks>
internal struct EntryIndex(bool keyed, TableSizeHint? hint = null)
{
    private const int InitialSize = 4;

    private readonly bool _keyed = keyed;

    private readonly TableSizeHint? _hint = hint;

    // Unkeyed: the one list of entries.
    private IndexedEntry? _first;
    private IndexedEntry? _last;

    // Keyed: the table (its length a power of two, at most three quarters full) and the keys in it.
    private Slot[]? _slots;
    private int _count;

    /// <summary>The number of slots of the table; 0 before the first keyed entry.</summary>
    public readonly int Capacity => _slots?.Length ?? 0;

    /// <summary>The first entry with <paramref name="key"/>, in arrival order; null when there is none.</summary>
    public readonly IndexedEntry? FirstWith(object key)
    {
        if (!_keyed)
        {
            return _first;
        }

        if (_slots is null)
        {
            return null;
        }

        var at = Find(_slots, key, key.GetHashCode());
        return at >= 0 ? _slots[at].First : null;
    }

    public void Add(IndexedEntry entry)
    {
        if (!_keyed)
        {
            Append(ref _first, ref _last, entry);
            return;
        }

        if (ReferenceEquals(entry.Key, IndexKey.Unmatchable))
        {
            return;
        }

        var hash = entry.Key.GetHashCode();
        _slots ??= new Slot[Math.Max(InitialSize, _hint?.Slots ?? 0)];
        var at = Find(_slots, entry.Key, hash);
        if (at < 0)
        {
            if ((_count + 1) * 4 > _slots.Length * 3)
            {
                Grow();
            }

            at = ~Find(_slots, entry.Key, hash);
            _slots[at].Key = entry.Key;
            _slots[at].Hash = hash;
            _count++;
        }

        ref var slot = ref _slots[at];
        Append(ref slot.First, ref slot.Last, entry);
    }

    public void Remove(IndexedEntry entry)
    {
        if (!_keyed)
        {
            Unlink(ref _first, ref _last, entry);
            return;
        }

        if (_slots is null)
        {
            return;
        }

        var at = Find(_slots, entry.Key, entry.Key.GetHashCode());
        if (at < 0)
        {
            return;
        }

        ref var slot = ref _slots[at];
        Unlink(ref slot.First, ref slot.Last, entry);
        if (slot.First is null)
        {
            Delete(at);
        }
    }

    /// <summary>The slot holding <paramref name="key"/>, or the complement of the empty slot where it would go.</summary>
    private static int Find(Slot[] slots, object key, int hash)
    {
        var mask = slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref slots[at];
            if (slot.Key is null)
            {
                return ~at;
            }

            if (slot.Hash == hash && slot.Key.Equals(key))
            {
                return at;
            }
        }
    }

    private static void Append(ref IndexedEntry? first, ref IndexedEntry? last, IndexedEntry entry)
    {
        entry.PreviousInBucket = last;
        entry.NextInBucket = null;
        if (last is null)
        {
            first = entry;
        }
        else
        {
            last.NextInBucket = entry;
        }

        last = entry;
    }

    private static void Unlink(ref IndexedEntry? first, ref IndexedEntry? last, IndexedEntry entry)
    {
        if (entry.PreviousInBucket is null)
        {
            first = entry.NextInBucket;
        }
        else
        {
            entry.PreviousInBucket.NextInBucket = entry.NextInBucket;
        }

        if (entry.NextInBucket is null)
        {
            last = entry.PreviousInBucket;
        }
        else
        {
            entry.NextInBucket.PreviousInBucket = entry.PreviousInBucket;
        }

        entry.PreviousInBucket = null;
        entry.NextInBucket = null;
    }

    private void Grow()
    {
        var old = _slots!;
        var slots = new Slot[old.Length * 2];
        foreach (var slot in old)
        {
            if (slot.Key is not null)
            {
                slots[~Find(slots, slot.Key, slot.Hash)] = slot;
            }
        }

        _slots = slots;
        _hint?.Grew(slots.Length);
    }

    /// <summary>Empties a slot, moving back the slots after it that would otherwise no longer be found.</summary>
    private void Delete(int at)
    {
        var slots = _slots!;
        var mask = slots.Length - 1;
        var hole = at;
        for (var next = (hole + 1) & mask; slots[next].Key is not null; next = (next + 1) & mask)
        {
            // A slot may fill the hole unless its home lies cyclically after the hole, up to where it is.
            var home = slots[next].Hash & mask;
            var stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!stays)
            {
                slots[hole] = slots[next];
                hole = next;
            }
        }

        slots[hole] = default;
        _count--;
    }

    /// <summary>A key and its entries.</summary>
    private struct Slot
    {
        public object? Key;
        public int Hash;
        public IndexedEntry? First;
        public IndexedEntry? Last;
    }
}
