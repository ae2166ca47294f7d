namespace EditorialLint.Engine.Tests.TestAssets;

public sealed class FactType3
{
    public string? TestProperty { get; set; }

    public FactType2? JoinReference { get; set; }
}
