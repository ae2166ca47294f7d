using System.Linq.Expressions;

namespace EditorialLint.Engine.RuleModel;

/// <summary>
/// An action: a lambda whose first parameter is the <see cref="IContext"/> and whose other parameters
/// bind by name to declarations of the left-hand side.
/// </summary>
public sealed class ActionElement : ExpressionElement
{
    /// <summary>Creates an action element.</summary>
    /// <param name="expression">The lambda; its first parameter is an <see cref="IContext"/>.</param>
    /// <param name="imports">The declarations bound to the parameters after the context, in order.</param>
    public ActionElement(LambdaExpression expression, IEnumerable<Declaration> imports)
        : base(expression, imports)
    {
    }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.Action;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitAction(context, this);
}
