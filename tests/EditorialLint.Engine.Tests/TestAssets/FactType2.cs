namespace EditorialLint.Engine.Tests.TestAssets;

public sealed class FactType2
{
    public string? TestProperty { get; set; }

    public int Key { get; set; }

    public string? Group { get; set; }

    public FactType1? JoinReference { get; set; }

    public override string ToString() => $"FactType2({TestProperty}, {Key})";
}
