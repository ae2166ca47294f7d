using System.Linq.Expressions;

namespace EditorialLint.Engine.RuleModel;

/// <summary>An expression element with a role name, such as an aggregate's argument.</summary>
public sealed class NamedExpressionElement : ExpressionElement
{
    /// <summary>Creates a named expression element.</summary>
    /// <param name="name">The role of the expression.</param>
    /// <param name="expression">The lambda.</param>
    /// <param name="imports">The declarations its parameters bind to, in parameter order.</param>
    public NamedExpressionElement(string name, LambdaExpression expression, IEnumerable<Declaration> imports)
        : base(expression, imports)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The role of the expression.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.NamedExpression;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitNamedExpression(context, this);
}
