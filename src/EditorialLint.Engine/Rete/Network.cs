namespace EditorialLint.Engine.Rete;

/// <summary>A compiled, immutable Rete network.</summary>
internal sealed class Network(RootNode root, DummyNode dummy, int memoryCount, NetworkMetrics metrics)
{
    public RootNode Root { get; } = root;

    public DummyNode Dummy { get; } = dummy;

    /// <summary>The number of per-session memory slots.</summary>
    public int MemoryCount { get; } = memoryCount;

    public NetworkMetrics Metrics { get; } = metrics;
}
