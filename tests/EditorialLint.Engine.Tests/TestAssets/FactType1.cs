namespace EditorialLint.Engine.Tests.TestAssets;

public sealed class FactType1
{
    public string? TestProperty { get; set; }

    public int Key { get; set; }

    public int Number { get; set; }

    public void IncrementNumber() => Number++;

    public override string ToString() => $"FactType1({TestProperty}, {Key})";
}
