namespace EditorialLint.Engine.Tests.TestAssets;

/// <summary>Counts property reads, to see how many comparisons the engine really made.</summary>
public sealed class ReadCounter
{
    public int Reads { get; set; }
}
