namespace EditorialLint.Engine.Rete;

/// <summary>A fact in working memory; aggregate results are facts whose object is replaced on change.</summary>
internal sealed class Fact(object? value)
{
    public object? Object = value;

    public override string ToString() => Object?.ToString() ?? "null";
}
