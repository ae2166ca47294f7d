namespace EditorialLint.Engine.RuleModel;

/// <summary>Matches when no fact matches its source pattern.</summary>
public sealed class NotElement : RuleElement
{
    /// <summary>Creates a negation.</summary>
    /// <param name="source">The pattern that must not match.</param>
    public NotElement(RuleElement source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
    }

    /// <summary>The pattern that must not match.</summary>
    public RuleElement Source { get; }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.Not;

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Exports => [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Imports => Source.Imports;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitNot(context, this);
}
