using System.Linq.Expressions;

namespace EditorialLint.Engine.Expressions;

/// <summary>
/// Finds the equality tests in a join condition (<c>a.X == b.Y</c>, also several joined by <c>&amp;&amp;</c>)
/// whose two sides can be computed separately, one from the partial match and one from the new fact,
/// so the node can look matches up through a hash index instead of testing every pair. A test of one
/// side against a constant (<c>b.RuleId == "EDL0101"</c>) counts too, with the constant as the other side.
/// </summary>
internal static class EqualityKeyAnalyzer
{
    /// <summary>
    /// One equality: a side computed from the partial match, and one from the fact; one of them may be a
    /// constant, when the equality tests the other side alone.
    /// </summary>
    internal sealed record KeyPart(Expression TupleSide, Expression FactSide, bool ConstantTupleSide = false, bool ConstantFactSide = false);

    /// <summary>
    /// Splits <paramref name="body"/> into its leading equality conjuncts. Only the leading run counts,
    /// because a later conjunct may be guarded by an earlier non-equality one.
    /// </summary>
    /// <param name="body">The condition's body.</param>
    /// <param name="factParameters">Parameters bound to the fact of the node's right input.</param>
    /// <param name="parts">The key parts found.</param>
    /// <returns>
    /// Whether the whole condition is exactly those equalities, on types whose <c>==</c> agrees with
    /// <see cref="object.Equals(object)"/>, so an index hit needs no re-test.
    /// </returns>
    public static bool Analyze(Expression body, IReadOnlySet<ParameterExpression> factParameters, out List<KeyPart> parts)
    {
        parts = [];
        var conjuncts = new List<Expression>();
        Flatten(body, conjuncts);
        var exact = true;
        foreach (var conjunct in conjuncts)
        {
            if (!TryPart(conjunct, factParameters, out var part, out var partExact))
            {
                return false;
            }

            parts.Add(part);
            exact &= partExact;
        }

        return exact;
    }

    /// <summary>
    /// Whether a single-fact condition is exactly one equality between a value computed from the fact and
    /// a constant (<c>m.RuleId == "EDL0101"</c>), on a type whose <c>==</c> agrees with
    /// <see cref="object.Equals(object)"/>, so that facts can be routed to it by a hash of the value.
    /// </summary>
    /// <param name="condition">The condition, with the fact as its only parameter.</param>
    /// <param name="factSide">The side computed from the fact.</param>
    /// <param name="constant">
    /// The other side's value: a constant, or a variable captured by the lambda, read now, when the rules
    /// are compiled.
    /// </param>
    /// <returns>Whether the condition has that form.</returns>
    public static bool TryConstantEquality(LambdaExpression condition, out Expression factSide, out object? constant)
    {
        factSide = null!;
        constant = null;
        if (condition.Parameters.Count != 1 ||
            condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal ||
            equal.Left.Type != equal.Right.Type ||
            !IsIndexable(equal.Left.Type, out var exact) || !exact ||
            (equal.Method is not null && equal.Method.Name != "op_Equality"))
        {
            return false;
        }

        var fact = new HashSet<ParameterExpression> { condition.Parameters[0] };
        if (Side(equal.Left, fact) == SideKind.Fact && TryEvaluate(equal.Right, out constant))
        {
            factSide = equal.Left;
            return true;
        }

        if (Side(equal.Right, fact) == SideKind.Fact && TryEvaluate(equal.Left, out constant))
        {
            factSide = equal.Right;
            return true;
        }

        return false;
    }

    /// <summary>Evaluates a constant, a captured variable (a field of a constant) or a static read-only field.</summary>
    private static bool TryEvaluate(Expression expression, out object? value)
    {
        value = null;
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: System.Reflection.FieldInfo field } member:
                if (member.Expression is null)
                {
                    if (!field.IsInitOnly)
                    {
                        return false;
                    }

                    value = field.GetValue(null);
                    return true;
                }

                if (!TryEvaluate(member.Expression, out var owner) || owner is null)
                {
                    return false;
                }

                value = field.GetValue(owner);
                return true;
            case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert
                when Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type:
                // Lifting to a nullable keeps the boxed value as it is.
                return TryEvaluate(convert.Operand, out value);
            default:
                return false;
        }
    }

    private static void Flatten(Expression expression, List<Expression> conjuncts)
    {
        if (expression.NodeType == ExpressionType.AndAlso && expression is BinaryExpression { Method: null } and)
        {
            Flatten(and.Left, conjuncts);
            Flatten(and.Right, conjuncts);
        }
        else
        {
            conjuncts.Add(expression);
        }
    }

    private static bool TryPart(Expression conjunct, IReadOnlySet<ParameterExpression> factParameters, out KeyPart part, out bool exact)
    {
        part = null!;
        exact = false;
        if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equal ||
            equal.Left.Type != equal.Right.Type ||
            !IsIndexable(equal.Left.Type, out exact) ||
            (equal.Method is not null && equal.Method.Name != "op_Equality"))
        {
            return false;
        }

        var left = Side(equal.Left, factParameters);
        var right = Side(equal.Right, factParameters);
        if (left == SideKind.Tuple && right == SideKind.Fact)
        {
            part = new KeyPart(equal.Left, equal.Right);
            return true;
        }

        if (left == SideKind.Fact && right == SideKind.Tuple)
        {
            part = new KeyPart(equal.Right, equal.Left);
            return true;
        }

        // A test of one side alone against a constant (other.RuleId == id) keys on the constant: the
        // other side's key is the constant itself, so the pairs it rejects never meet.
        if (left is SideKind.Fact or SideKind.Tuple && right == SideKind.Neither && IsConstant(equal.Right))
        {
            part = left == SideKind.Fact
                ? new KeyPart(equal.Right, equal.Left, ConstantTupleSide: true)
                : new KeyPart(equal.Left, equal.Right, ConstantFactSide: true);
            return true;
        }

        if (right is SideKind.Fact or SideKind.Tuple && left == SideKind.Neither && IsConstant(equal.Left))
        {
            part = right == SideKind.Fact
                ? new KeyPart(equal.Left, equal.Right, ConstantTupleSide: true)
                : new KeyPart(equal.Right, equal.Left, ConstantFactSide: true);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A constant, a captured variable (a field of a constant) or a static field, possibly lifted to a
    /// nullable: cheap and free of side effects, so computing it once per key instead of once per pair
    /// changes nothing.
    /// </summary>
    private static bool IsConstant(Expression expression) => expression switch
    {
        ConstantExpression => true,
        MemberExpression { Member: System.Reflection.FieldInfo, Expression: null } => true,
        MemberExpression { Member: System.Reflection.FieldInfo, Expression: { } owner } => IsConstant(owner),
        UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert
            when Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type => IsConstant(convert.Operand),
        _ => false,
    };

    private static bool IsIndexable(Type type, out bool exact)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;

        // NaN == NaN is false but NaN.Equals(NaN) is true: such keys are re-tested after lookup.
        exact = underlying != typeof(float) && underlying != typeof(double);
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal) ||
            underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) || underlying == typeof(TimeSpan) ||
            underlying == typeof(Guid);
    }

    private enum SideKind
    {
        Neither,
        Tuple,
        Fact,
        Both,
    }

    private static SideKind Side(Expression side, IReadOnlySet<ParameterExpression> factParameters)
    {
        var finder = new ParameterFinder();
        finder.Visit(side);
        var usesFact = finder.Found.Any(factParameters.Contains);
        var usesTuple = finder.Found.Any(p => !factParameters.Contains(p));
        return (usesFact, usesTuple) switch
        {
            (true, true) => SideKind.Both,
            (true, false) => SideKind.Fact,
            (false, true) => SideKind.Tuple,
            _ => SideKind.Neither,
        };
    }

    /// <summary>Collects the free parameters an expression uses (not those of nested lambdas).</summary>
    internal sealed class ParameterFinder : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _bound = [];

        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _bound.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_bound.Contains(node))
            {
                Found.Add(node);
            }

            return node;
        }
    }
}
