namespace EditorialLint.Benchmarks.Engine;

/// <summary>The second fact type of the join benchmarks.</summary>
public sealed class OtherBenchmarkFact(int key)
{
    public int Key { get; } = key;
}
