namespace EditorialLint.Engine.Tests.TestAssets;

public sealed class CountedFact(ReadCounter counter, int key, string side)
{
    public int Key
    {
        get
        {
            counter.Reads++;
            return key;
        }
    }

    public string Side { get; } = side;

    public override string ToString() => $"{Side}{key}";
}
