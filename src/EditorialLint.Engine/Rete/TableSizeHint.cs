namespace EditorialLint.Engine.Rete;

/// <summary>
/// The size one input of a beta node needed in earlier sessions, shared by the sessions of a network:
/// a new session's table for that input starts there instead of at four slots. Only ever raised, up to
/// <see cref="MaxSlots"/> so that one very long article does not make every later session allocate
/// a large table. Sessions on several threads may raise it at once; any of their sizes will do.
/// </summary>
internal sealed class TableSizeHint
{
    /// <summary>The largest size a table starts at: 256 slots of 32 bytes.</summary>
    public const int MaxSlots = 256;

    private int _slots;

    /// <summary>The size to start a table at; 0 before any session grew one.</summary>
    public int Slots => Volatile.Read(ref _slots);

    /// <summary>Records that a session's table grew to <paramref name="slots"/>.</summary>
    public void Grew(int slots)
    {
        if (slots > Volatile.Read(ref _slots) && slots <= MaxSlots)
        {
            Volatile.Write(ref _slots, slots);
        }
    }
}
