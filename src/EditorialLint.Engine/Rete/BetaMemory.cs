namespace EditorialLint.Engine.Rete;

/// <summary>The per-session state of a two-input beta node: both inputs, hash-indexed by key.</summary>
internal sealed class BetaMemory(bool keyed, TableSizeHint? leftHint = null, TableSizeHint? rightHint = null)
{
    /// <summary>The entry of the root tuple, which every session shares and so holds no entries itself.</summary>
    public LeftEntry? RootEntry { get; set; }

    // Fields, not properties: the indexes are values, changed in place.
    public EntryIndex LeftIndex = new(keyed, leftHint);

    public EntryIndex RightIndex = new(keyed, rightHint);

    public int Stamp { get; set; }
}
