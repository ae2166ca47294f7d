namespace EditorialLint.Engine.RuleModel;

/// <summary>A group of alternatives; the compiler turns each alternative into its own match path.</summary>
public sealed class OrElement : GroupElement
{
    /// <summary>Creates an OR group.</summary>
    /// <param name="childElements">The alternatives, in written order.</param>
    public OrElement(IEnumerable<RuleElement> childElements)
        : base(childElements)
    {
    }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.Or;

    /// <inheritdoc/>
    public override GroupType GroupType => GroupType.Or;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitOr(context, this);
}
