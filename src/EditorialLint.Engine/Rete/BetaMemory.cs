namespace EditorialLint.Engine.Rete;

/// <summary>The per-session state of a two-input beta node: both inputs, hash-indexed by key.</summary>
internal sealed class BetaMemory(bool keyed)
{
    public Dictionary<Tuple, LeftEntry> Left { get; } = [];

    public EntryIndex LeftIndex { get; } = new(keyed);

    public EntryIndex RightIndex { get; } = new(keyed);

    public int Stamp { get; set; }
}
