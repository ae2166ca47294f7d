namespace EditorialLint.Engine.RuleModel;

/// <summary>
/// Matches one fact (or, with an aggregate source, one aggregate result) of the declared type
/// that satisfies every condition.
/// </summary>
public sealed class PatternElement : RuleElement
{
    private readonly IReadOnlyCollection<Declaration> _imports;

    /// <summary>Creates a pattern.</summary>
    /// <param name="declaration">The variable the matched value is bound to.</param>
    /// <param name="conditions">The conditions, in written order.</param>
    /// <param name="source">Where values come from; <see langword="null"/> for facts in the session.</param>
    public PatternElement(Declaration declaration, IEnumerable<ExpressionElement> conditions, RuleElement? source = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(conditions);
        Declaration = declaration;
        Conditions = conditions.ToList().AsReadOnly();
        Source = source;
        var imports = Conditions.SelectMany(c => c.Imports);
        if (source is not null)
        {
            imports = imports.Concat(source.Imports);
        }

        _imports = Distinct(imports, [declaration]);
    }

    /// <summary>The variable the matched value is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>The type of the matched value.</summary>
    public Type ValueType => Declaration.Type;

    /// <summary>The conditions, in written order.</summary>
    public IReadOnlyList<ExpressionElement> Conditions { get; }

    /// <summary>Where values come from, such as an <see cref="AggregateElement"/>; <see langword="null"/> for facts in the session.</summary>
    public RuleElement? Source { get; }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.Pattern;

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Exports => [Declaration];

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Imports => _imports;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitPattern(context, this);
}
