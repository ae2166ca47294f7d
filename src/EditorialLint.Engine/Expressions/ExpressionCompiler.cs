using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using EditorialLint.Engine.Extensibility;
using EditorialLint.Engine.RuleModel;
using Tuple = EditorialLint.Engine.Rete.Tuple;

namespace EditorialLint.Engine.Expressions;

/// <summary>
/// Compiles rule lambdas into delegates. Constants are lifted into an argument array, so every
/// expression with the same shape (same structure, types, members and parameter roles) is compiled once
/// and reused with its own constants; compiling is what dominates building large rule sets.
/// </summary>
internal sealed class ExpressionCompiler(IExpressionCompiler delegates, bool onFirstUse = true)
{
    private static readonly ParameterExpression ConstantsParameter = Expression.Parameter(typeof(object?[]), "c");
    private static readonly ParameterExpression FactParameter = Expression.Parameter(typeof(object), "o");
    private static readonly ParameterExpression TupleParameter = Expression.Parameter(typeof(Tuple), "t");
    private static readonly ParameterExpression ContextParameter = Expression.Parameter(typeof(IContext), "ctx");

    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    public int CompiledCount => _cache.Count;

    /// <summary>Roles for a single-fact condition: its only parameter (if any) is the fact.</summary>
    public static Dictionary<ParameterExpression, string> FactRoles(LambdaExpression lambda) =>
        lambda.Parameters.ToDictionary(p => p, _ => "o");

    /// <summary>The role of a parameter bound to tuple position <paramref name="position"/>.</summary>
    public static string TupleRole(int position) => "t" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string RightRole = "o";
    public const string ContextRole = "ctx";

    public Func<object?, object?[], bool> CompileFactPredicate(Expression body, ExpressionFingerprint fingerprint, IReadOnlyDictionary<ParameterExpression, string> roles)
    {
        var lazy = Prepare<Func<object?, object?[], bool>>("fp", body, fingerprint, roles, FactParameter, ConstantsParameter);
        if (lazy.IsValueCreated) return lazy.Value;
        Func<object?, object?[], bool>? compiled = null;
        return (o, c) => (compiled ??= lazy.Value)(o, c);
    }

    public Func<Tuple, object?, object?[], bool> CompileTuplePredicate(Expression body, ExpressionFingerprint fingerprint, IReadOnlyDictionary<ParameterExpression, string> roles)
    {
        var lazy = Prepare<Func<Tuple, object?, object?[], bool>>("tp", body, fingerprint, roles, TupleParameter, FactParameter, ConstantsParameter);
        if (lazy.IsValueCreated) return lazy.Value;
        Func<Tuple, object?, object?[], bool>? compiled = null;
        return (t, o, c) => (compiled ??= lazy.Value)(t, o, c);
    }

    public Func<object?, object?[], object?> CompileFactKey(Expression body, ExpressionFingerprint fingerprint, IReadOnlyDictionary<ParameterExpression, string> roles)
    {
        var lazy = Prepare<Func<object?, object?[], object?>>("fk", body, fingerprint, roles, FactParameter, ConstantsParameter);
        if (lazy.IsValueCreated) return lazy.Value;
        Func<object?, object?[], object?>? compiled = null;
        return (o, c) => (compiled ??= lazy.Value)(o, c);
    }

    public Func<Tuple, object?[], object?> CompileTupleKey(Expression body, ExpressionFingerprint fingerprint, IReadOnlyDictionary<ParameterExpression, string> roles)
    {
        var lazy = Prepare<Func<Tuple, object?[], object?>>("tk", body, fingerprint, roles, TupleParameter, ConstantsParameter);
        if (lazy.IsValueCreated) return lazy.Value;
        Func<Tuple, object?[], object?>? compiled = null;
        return (t, c) => (compiled ??= lazy.Value)(t, c);
    }

    public Action<IContext, Tuple, object?[]> CompileAction(Expression body, ExpressionFingerprint fingerprint, IReadOnlyDictionary<ParameterExpression, string> roles)
    {
        var lazy = Prepare<Action<IContext, Tuple, object?[]>>("ac", body, fingerprint, roles, ContextParameter, TupleParameter, ConstantsParameter);
        if (lazy.IsValueCreated) return lazy.Value;
        Action<IContext, Tuple, object?[]>? compiled = null;
        return (ctx, t, c) => (compiled ??= lazy.Value)(ctx, t, c);
    }

    /// <summary>
    /// The delegate of an expression's shape, compiled when first called: a run that never tests a
    /// condition (no fact of its type, a short article) does not pay for compiling it. The lambda
    /// itself is built here, so a malformed one still fails while the rules compile.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2090:DynamicallyAccessedMembers",
        Justification = "TDelegate is a delegate type, and trimming never removes a delegate's Invoke method.")]
    [UnconditionalSuppressMessage("Trimming", "IL2091:DynamicallyAccessedMembers",
        Justification = "Lazy<T> needs T's parameterless constructor only when it is made without a factory; this one is given one.")]
    private Lazy<TDelegate> Prepare<TDelegate>(
        string kind,
        Expression body,
        ExpressionFingerprint fingerprint,
        IReadOnlyDictionary<ParameterExpression, string> roles,
        params ParameterExpression[] parameters)
        where TDelegate : Delegate
    {
        var entry = _cache.GetOrAdd(kind + "|" + fingerprint.Shape, _ =>
        {
            var rewritten = new Hoister(roles).Visit(body);
            var returnType = typeof(TDelegate).GetMethod("Invoke")!.ReturnType;
            if (returnType == typeof(object) && rewritten.Type == typeof(int))
            {
                // An integer key (a position, an index) is boxed once per value, not once per evaluation.
                rewritten = Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Int32))!, rewritten);
            }
            else if (returnType != typeof(void) && rewritten.Type != returnType)
            {
                rewritten = Expression.Convert(rewritten, returnType);
            }

            var lambda = Expression.Lambda<TDelegate>(rewritten, parameters);
            return new Lazy<TDelegate>(() => delegates.Compile(lambda));
        });
        var prepared = (Lazy<TDelegate>)entry;
        if (!onFirstUse) _ = prepared.Value;
        return prepared;
    }

    [DynamicDependency(nameof(Tuple.Facts), typeof(Tuple))]
    [DynamicDependency(nameof(Rete.Fact.Object), typeof(Rete.Fact))]
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
        Justification = "The fields found by name here, Tuple.Facts and Fact.Object, are kept by the DynamicDependency attributes.")]
    private static Expression Bind(string role, Type type)
    {
        Expression source;
        if (role == ContextRole)
        {
            source = ContextParameter;
        }
        else if (role == RightRole)
        {
            source = FactParameter;
        }
        else
        {
            var position = int.Parse(role.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            source = Expression.Field(
                Expression.ArrayIndex(Expression.Field(TupleParameter, nameof(Tuple.Facts)), Expression.Constant(position)),
                nameof(Rete.Fact.Object));
        }

        return source.Type == type ? source : Expression.Convert(source, type);
    }

    /// <summary>Replaces role parameters by their sources and constants by slots of the constants array.</summary>
    private sealed class Hoister(IReadOnlyDictionary<ParameterExpression, string> roles) : ExpressionVisitor
    {
        private int _next;

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is null)
            {
                return node;
            }

            Expression slot = Expression.ArrayIndex(ConstantsParameter, Expression.Constant(_next++));
            return node.Type == typeof(object) ? slot : Expression.Convert(slot, node.Type);
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            roles.TryGetValue(node, out var role) ? Bind(role, node.Type) : node;
    }
}
