namespace EditorialLint.Engine.Rete;

/// <summary>
/// A partial match: the facts bound so far, by tuple position. Its facts never change; its identity is
/// what downstream memories key on (hashed by a number the session hands out, as <see cref="Fact"/> is).
/// </summary>
internal sealed class Tuple
{
    public static readonly Tuple Root = new();

    public readonly Fact[] Facts;

    /// <summary>
    /// The activations of the partial match, one per rule node it reached (several when rules share the
    /// nodes that made it), linked through <see cref="Activation.NextOfTuple"/>. Never set on the root
    /// tuple, which every session shares.
    /// </summary>
    public Activation? FirstActivation;

    private readonly int _id;

    // Its entries in the left inputs of beta nodes, in the order they were made, which is the order an
    // update or a retraction visits them; the next search starts where the last one ended. The root tuple
    // is shared by every session: nodes keep their entry for it in their own memory.
    private LeftEntry? _firstEntry;
    private LeftEntry? _lastEntry;
    private LeftEntry? _cursor;

    private Tuple() => Facts = [];

    /// <summary>A child that binds one more fact at the next position.</summary>
    public Tuple(Tuple parent, Fact fact, int id)
    {
        var parentFacts = parent.Facts;
        var facts = new Fact[parentFacts.Length + 1];
        for (var i = 0; i < parentFacts.Length; i++)
        {
            facts[i] = parentFacts[i];
        }

        facts[^1] = fact;
        Facts = facts;
        _id = id;
    }

    /// <summary>A child that binds nothing new (behind a not or exists node).</summary>
    public Tuple(Tuple parent, int id)
    {
        Facts = parent.Facts;
        _id = id;
    }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => _id;

    /// <summary>Records the partial match's entry in a node's left input.</summary>
    public void AddEntry(LeftEntry entry)
    {
        entry.PreviousOfTuple = _lastEntry;
        entry.NextOfTuple = null;
        if (_lastEntry is null)
        {
            _firstEntry = entry;
        }
        else
        {
            _lastEntry.NextOfTuple = entry;
        }

        _lastEntry = entry;
    }

    /// <summary>The partial match's entry in <paramref name="node"/>'s left input, if it has one.</summary>
    public LeftEntry? EntryIn(BetaNode node)
    {
        for (var entry = _cursor; entry is not null; entry = entry.NextOfTuple)
        {
            if (entry.Node == node)
            {
                _cursor = entry.NextOfTuple;
                return entry;
            }
        }

        for (var entry = _firstEntry; entry is not null && entry != _cursor; entry = entry.NextOfTuple)
        {
            if (entry.Node == node)
            {
                _cursor = entry.NextOfTuple;
                return entry;
            }
        }

        return null;
    }

    /// <summary>Forgets an entry that left its node.</summary>
    public void RemoveEntry(LeftEntry entry)
    {
        if (_cursor == entry)
        {
            _cursor = entry.NextOfTuple;
        }

        if (entry.PreviousOfTuple is null)
        {
            _firstEntry = entry.NextOfTuple;
        }
        else
        {
            entry.PreviousOfTuple.NextOfTuple = entry.NextOfTuple;
        }

        if (entry.NextOfTuple is null)
        {
            _lastEntry = entry.PreviousOfTuple;
        }
        else
        {
            entry.NextOfTuple.PreviousOfTuple = entry.PreviousOfTuple;
        }

        entry.PreviousOfTuple = null;
        entry.NextOfTuple = null;
    }

    public object?[] Objects(Fact? right = null)
    {
        var objects = new object?[Facts.Length + (right is null ? 0 : 1)];
        for (var i = 0; i < Facts.Length; i++)
        {
            objects[i] = Facts[i].Object;
        }

        if (right is not null)
        {
            objects[^1] = right.Object;
        }

        return objects;
    }
}
