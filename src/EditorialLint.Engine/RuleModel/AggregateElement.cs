namespace EditorialLint.Engine.RuleModel;

/// <summary>
/// Folds the facts matching its source pattern into one value per partial match;
/// the only aggregator is <see cref="CollectName"/>, which yields a (possibly empty) collection.
/// </summary>
public sealed class AggregateElement : RuleElement
{
    /// <summary>The name of the collect aggregator.</summary>
    public const string CollectName = "Collect";

    /// <summary>Creates an aggregate.</summary>
    /// <param name="name">The aggregator, <see cref="CollectName"/>.</param>
    /// <param name="resultType">The type of the aggregate result, e.g. <c>IReadOnlyCollection&lt;T&gt;</c>.</param>
    /// <param name="source">The pattern whose matches are aggregated.</param>
    /// <param name="expressions">Arguments of the aggregator; none for collect.</param>
    public AggregateElement(string name, Type resultType, PatternElement source, IEnumerable<NamedExpressionElement>? expressions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(resultType);
        ArgumentNullException.ThrowIfNull(source);
        Name = name;
        ResultType = resultType;
        Source = source;
        Expressions = (expressions ?? []).ToList().AsReadOnly();
    }

    /// <summary>The aggregator.</summary>
    public string Name { get; }

    /// <summary>The type of the aggregate result.</summary>
    public Type ResultType { get; }

    /// <summary>The pattern whose matches are aggregated.</summary>
    public PatternElement Source { get; }

    /// <summary>Arguments of the aggregator.</summary>
    public IReadOnlyList<NamedExpressionElement> Expressions { get; }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.Aggregate;

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Exports => [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Imports => Source.Imports;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitAggregate(context, this);
}
