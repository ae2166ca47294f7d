namespace EditorialLint.Engine.Rete;

/// <summary>A partial match held on the left input of a beta node; also linked into the partial match's list of entries.</summary>
internal sealed class LeftEntry(Tuple tuple, object key, BetaNode node) : IndexedEntry(key)
{
    public Tuple Tuple { get; } = tuple;

    /// <summary>The node whose left input holds the entry.</summary>
    public BetaNode Node { get; } = node;

    public LeftEntry? PreviousOfTuple { get; set; }

    public LeftEntry? NextOfTuple { get; set; }

    /// <summary>The partial match passed on by a not, exists or aggregate node.</summary>
    public Tuple? Child { get; set; }

    /// <summary>An aggregate node's result for this partial match.</summary>
    public Fact? Result { get; set; }

    /// <summary>An aggregate node's result is out of date and queued to be brought up to date.</summary>
    public bool IsPending { get; set; }

    /// <summary>The partial match left the node's memory (while its aggregate result may still be queued).</summary>
    public bool IsRetracted { get; set; }
}
