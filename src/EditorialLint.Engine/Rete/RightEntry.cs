namespace EditorialLint.Engine.Rete;

/// <summary>A fact held on the right input of a beta node; also linked into the fact's list of entries.</summary>
internal sealed class RightEntry(Fact fact, object key, IFactSink node) : IndexedEntry(key)
{
    public Fact Fact { get; } = fact;

    /// <summary>The node whose right input holds the entry.</summary>
    public IFactSink Node { get; } = node;

    public RightEntry? PreviousOfFact { get; set; }

    public RightEntry? NextOfFact { get; set; }

    /// <summary>
    /// In a join under the dummy node, the partial match made of the root tuple and the fact. Other
    /// nodes keep what they make on the entry's matches.
    /// </summary>
    public Tuple? Child { get; set; }
}
