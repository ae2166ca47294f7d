namespace EditorialLint.Benchmarks.Engine;

/// <summary>A plain fact for engine benchmarks.</summary>
public sealed class BenchmarkFact(int key, int number, string text)
{
    public int Key { get; } = key;

    public int Number { get; } = number;

    public string Text { get; } = text;
}
