namespace EditorialLint.Engine.RuleModel;

/// <summary>Matches once when at least one fact matches its source pattern, however many do.</summary>
public sealed class ExistsElement : RuleElement
{
    /// <summary>Creates an existential quantifier.</summary>
    /// <param name="source">The pattern that must match at least once.</param>
    public ExistsElement(RuleElement source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
    }

    /// <summary>The pattern that must match at least once.</summary>
    public RuleElement Source { get; }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.Exists;

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Exports => [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Imports => Source.Imports;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitExists(context, this);
}
