namespace EditorialLint.Engine.Rete;

/// <summary>A partial match held on the left input of a beta node.</summary>
internal sealed class LeftEntry(Tuple tuple, object key)
{
    public Tuple Tuple { get; } = tuple;

    public object Key { get; set; } = key;

    /// <summary>The facts it currently matches, with the child tuple a join made for each.</summary>
    public Dictionary<RightEntry, Tuple?>? Matches { get; set; }

    public int MatchCount => Matches?.Count ?? 0;

    public int Stamp { get; set; }

    /// <summary>The partial match passed on by a not, exists or aggregate node.</summary>
    public Tuple? Child { get; set; }

    /// <summary>An aggregate node's result for this partial match.</summary>
    public Fact? Result { get; set; }
}

/// <summary>A fact held on the right input of a beta node.</summary>
internal sealed class RightEntry(Fact fact, object key)
{
    public Fact Fact { get; } = fact;

    public object Key { get; set; } = key;

    /// <summary>The partial matches it currently matches.</summary>
    public HashSet<LeftEntry>? Matches { get; set; }

    public int Stamp { get; set; }
}
