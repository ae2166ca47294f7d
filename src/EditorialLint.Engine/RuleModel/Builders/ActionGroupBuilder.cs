using System.Linq.Expressions;

namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>Builds a rule's right-hand side.</summary>
public sealed class ActionGroupBuilder
{
    private readonly List<LambdaExpression> _actions = [];

    internal ActionGroupBuilder()
    {
    }

    internal IReadOnlyList<LambdaExpression> Actions => _actions;

    /// <summary>
    /// Adds an action. Its first parameter is the <see cref="IContext"/>; the others bind by name to
    /// declarations of the left-hand side. Actions run in the order they are added.
    /// </summary>
    /// <param name="expression">The action lambda.</param>
    public void Action(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        _actions.Add(expression);
    }
}
