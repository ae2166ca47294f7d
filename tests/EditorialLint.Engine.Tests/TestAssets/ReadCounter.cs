namespace EditorialLint.Engine.Tests.TestAssets;

/// <summary>Counts property reads, to see how many comparisons the engine really made.</summary>
public sealed class ReadCounter
{
    public int Reads { get; set; }

    /// <summary>Counts one read; for use inside a condition, where assignments cannot be written.</summary>
    /// <returns>Always true.</returns>
    public bool Tick()
    {
        Reads++;
        return true;
    }
}
