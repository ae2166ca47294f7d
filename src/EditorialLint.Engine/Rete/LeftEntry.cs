namespace EditorialLint.Engine.Rete;

/// <summary>A partial match held on the left input of a beta node.</summary>
internal sealed class LeftEntry(Tuple tuple, object key) : IndexedEntry(key)
{
    public Tuple Tuple { get; } = tuple;

    /// <summary>The partial match passed on by a not, exists or aggregate node.</summary>
    public Tuple? Child { get; set; }

    /// <summary>An aggregate node's result for this partial match.</summary>
    public Fact? Result { get; set; }
}
