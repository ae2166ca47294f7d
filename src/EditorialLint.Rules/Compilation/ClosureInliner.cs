using System.Linq.Expressions;
using System.Reflection;

namespace EditorialLint.Rules.Compilation;

/// <summary>
/// Replaces captured variables in a lambda by their values, so that conditions written as C#
/// lambdas become plain trees the engine can compare structurally and share.
/// </summary>
internal sealed class ClosureInliner : ExpressionVisitor
{
    private static readonly ClosureInliner Instance = new();

    public static T Inline<T>(T expression) where T : LambdaExpression => (T)Instance.Visit(expression);

    protected override Expression VisitMember(MemberExpression node)
    {
        // Inner first: a variable of an enclosing scope is a field of a closure held by a field of the inner one.
        var visited = base.VisitMember(node);
        if (visited is MemberExpression { Expression: ConstantExpression { Value: { } target }, Member: FieldInfo field }
            && field.DeclaringType?.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) == true)
            return Expression.Constant(field.GetValue(target), node.Type);
        return visited;
    }
}
