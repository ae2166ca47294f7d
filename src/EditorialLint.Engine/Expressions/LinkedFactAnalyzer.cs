using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine.Expressions;

/// <summary>
/// Tells whether a rule action may insert linked facts: those are retracted when the activation goes,
/// so deleting such an activation changes working memory, not only the agenda.
/// </summary>
internal static class LinkedFactAnalyzer
{
    /// <summary>
    /// Whether <paramref name="action"/> calls <see cref="IContext.InsertLinked"/> or hands its context to
    /// code that might; calls to the context's other members (and to those of <see cref="object"/>) are
    /// known not to.
    /// </summary>
    /// <param name="action">An action whose first parameter is the <see cref="IContext"/>.</param>
    /// <returns>False only when every use of the context is a call to a member other than InsertLinked.</returns>
    public static bool MayInsertLinked(LambdaExpression action)
    {
        if (action.Parameters.Count == 0 || action.Parameters[0].Type != typeof(IContext))
        {
            return false;
        }

        var finder = new ContextUseFinder(action.Parameters[0]);
        finder.Visit(action.Body);
        return finder.MayLink;
    }

    private sealed class ContextUseFinder(ParameterExpression context) : ExpressionVisitor
    {
        public bool MayLink { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object == context &&
                (node.Method.DeclaringType == typeof(object) ||
                 (node.Method.DeclaringType == typeof(IContext) && node.Method.Name != nameof(IContext.InsertLinked))))
            {
                Visit(node.Arguments);
                return node;
            }

            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == context)
            {
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            MayLink |= node == context;
            return node;
        }
    }
}
