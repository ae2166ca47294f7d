namespace EditorialLint.Engine.Rete;

/// <summary>The alpha entry for one declared fact type; shared by every pattern of that type.</summary>
internal sealed class TypeNode(Type filterType) : AlphaNode(NodeKind.Type)
{
    public Type FilterType { get; } = filterType;

    // The root only routes facts here whose runtime type fits.
    protected override bool IsSatisfiedBy(Session session, Fact fact) => true;
}
