namespace EditorialLint.Engine.Rete;

/// <summary>A fact in working memory; aggregate results are facts whose object is replaced on change.</summary>
/// <remarks>
/// Node memories key on the wrapper by reference. Its hash is a number the session hands out, which
/// costs less than the identity hash the runtime computes and stores on first use. The fact also holds its
/// entries in the right inputs of beta nodes, so that an update or a retraction finds them without a
/// lookup table in every node.
/// </remarks>
internal sealed class Fact(object? value, int id)
{
    public object? Object = value;

    private RightEntry? _firstEntry;
    private RightEntry? _lastEntry;

    // Where the next search for an entry starts: memories visit a fact's entries in the order they were made.
    private RightEntry? _cursor;

    // One bit per node (by memory slot, modulo 64) that has ever held an entry: most nodes asked about a
    // fact never did, and are answered without a search.
    private ulong _nodes;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => id;

    public override string ToString() => Object?.ToString() ?? "null";

    /// <summary>Records the fact's entry in a node's right input.</summary>
    public void AddEntry(RightEntry entry)
    {
        entry.PreviousOfFact = _lastEntry;
        entry.NextOfFact = null;
        if (_lastEntry is null)
        {
            _firstEntry = entry;
        }
        else
        {
            _lastEntry.NextOfFact = entry;
        }

        _lastEntry = entry;
        _nodes |= Bit(entry.Node);
    }

    /// <summary>The fact's entry in <paramref name="node"/>'s right input, if it has one.</summary>
    public RightEntry? EntryIn(IFactSink node)
    {
        if ((_nodes & Bit(node)) == 0)
        {
            return null;
        }

        for (var entry = _cursor; entry is not null; entry = entry.NextOfFact)
        {
            if (entry.Node == node)
            {
                _cursor = entry.NextOfFact;
                return entry;
            }
        }

        for (var entry = _firstEntry; entry is not null && entry != _cursor; entry = entry.NextOfFact)
        {
            if (entry.Node == node)
            {
                _cursor = entry.NextOfFact;
                return entry;
            }
        }

        return null;
    }

    /// <summary>Forgets an entry that left its node.</summary>
    public void RemoveEntry(RightEntry entry)
    {
        if (_cursor == entry)
        {
            _cursor = entry.NextOfFact;
        }

        if (entry.PreviousOfFact is null)
        {
            _firstEntry = entry.NextOfFact;
        }
        else
        {
            entry.PreviousOfFact.NextOfFact = entry.NextOfFact;
        }

        if (entry.NextOfFact is null)
        {
            _lastEntry = entry.PreviousOfFact;
        }
        else
        {
            entry.NextOfFact.PreviousOfFact = entry.PreviousOfFact;
        }

        entry.PreviousOfFact = null;
        entry.NextOfFact = null;
    }

    private static ulong Bit(IFactSink node) => 1UL << (node.MemoryIndex & 63);
}
