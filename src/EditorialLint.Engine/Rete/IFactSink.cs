namespace EditorialLint.Engine.Rete;

/// <summary>Receives facts from an alpha memory on its right input.</summary>
internal interface IFactSink
{
    /// <summary>The node's memory slot; also tells it apart from other nodes in a fact's entries.</summary>
    int MemoryIndex { get; }

    /// <summary>Takes in a fact that entered the alpha memory.</summary>
    void RightAssert(Session session, Fact fact);

    /// <summary>Re-evaluates a fact that changed and stays in the alpha memory, given its entry here.</summary>
    void RightUpdate(Session session, RightEntry entry);

    /// <summary>Drops a fact that left the alpha memory, given its entry here.</summary>
    void RightRetract(Session session, RightEntry entry);
}
