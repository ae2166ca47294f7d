namespace EditorialLint.Engine.RuleModel;

/// <summary>A group whose children must all match.</summary>
public sealed class AndElement : GroupElement
{
    /// <summary>Creates an AND group.</summary>
    /// <param name="childElements">The children, in written order.</param>
    public AndElement(IEnumerable<RuleElement> childElements)
        : base(childElements)
    {
    }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.And;

    /// <inheritdoc/>
    public override GroupType GroupType => GroupType.And;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitAnd(context, this);
}
