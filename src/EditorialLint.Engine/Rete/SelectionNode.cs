namespace EditorialLint.Engine.Rete;

/// <summary>Tests one single-fact condition; shared by every pattern with a structurally equal condition.</summary>
internal sealed class SelectionNode(FactCondition condition) : AlphaNode(NodeKind.Selection)
{
    public FactCondition Condition { get; } = condition;

    protected override bool IsSatisfiedBy(Session session, Fact fact) => Condition.IsSatisfiedBy(session, fact, this);
}
