using System.Linq.Expressions;

namespace EditorialLint.Engine.RuleModel;

/// <summary>A lambda expression whose parameters are bound, by name, to declarations.</summary>
public class ExpressionElement : RuleElement
{
    private readonly IReadOnlyCollection<Declaration> _imports;

    /// <summary>Creates an expression element.</summary>
    /// <param name="expression">The lambda.</param>
    /// <param name="imports">The declarations its parameters bind to, one per bound parameter, in parameter order.</param>
    public ExpressionElement(LambdaExpression expression, IEnumerable<Declaration> imports)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(imports);
        Expression = expression;
        Parameters = imports.ToList().AsReadOnly();
        _imports = Distinct(Parameters);
    }

    /// <summary>The lambda.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>The declarations bound to the lambda's parameters, in parameter order.</summary>
    public IReadOnlyList<Declaration> Parameters { get; }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.Expression;

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Exports => [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Imports => _imports;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitExpression(context, this);

    /// <inheritdoc/>
    public override string ToString() => Expression.ToString();
}
