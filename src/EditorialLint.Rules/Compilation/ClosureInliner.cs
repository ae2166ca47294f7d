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
        if (node.Expression is ConstantExpression { Value: { } target } && node.Member is FieldInfo field
            && field.DeclaringType?.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) == true)
            return Expression.Constant(field.GetValue(target), node.Type);
        return base.VisitMember(node);
    }
}
