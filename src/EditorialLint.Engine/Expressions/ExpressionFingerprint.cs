using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace EditorialLint.Engine.Expressions;

/// <summary>
/// A structural description of an expression tree: the shape (node kinds, types, members, parameters
/// renamed by role) plus the constants found in it, in visit order. Two expressions with equal shape can
/// share one compiled delegate; equal shape and equal constants can share one network node.
/// </summary>
internal sealed class ExpressionFingerprint : IEquatable<ExpressionFingerprint>
{
    private readonly int _hash;

    private ExpressionFingerprint(string shape, object?[] constants)
    {
        Shape = shape;
        Constants = constants;
        var hash = new HashCode();
        hash.Add(shape, StringComparer.Ordinal);
        foreach (var constant in constants)
        {
            hash.Add(IsValueLike(constant) ? constant : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(constant!));
        }

        _hash = hash.ToHashCode();
    }

    public string Shape { get; }

    public object?[] Constants { get; }

    /// <summary>Fingerprints <paramref name="body"/>, naming each parameter in <paramref name="roles"/> by its role.</summary>
    public static ExpressionFingerprint Of(Expression body, IReadOnlyDictionary<ParameterExpression, string> roles)
    {
        var writer = new Writer(roles);
        writer.Visit(body);
        return new ExpressionFingerprint(writer.Shape, [.. writer.Constants]);
    }

    public bool Equals(ExpressionFingerprint? other)
    {
        if (other is null || _hash != other._hash || !string.Equals(Shape, other.Shape, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < Constants.Length; i++)
        {
            var a = Constants[i];
            var b = other.Constants[i];
            if (!(IsValueLike(a) ? Equals(a, b) : ReferenceEquals(a, b)))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ExpressionFingerprint);

    public override int GetHashCode() => _hash;

    public override string ToString() => Shape;

    // Values compared by value; anything else (closures, arbitrary objects) only by identity.
    private static bool IsValueLike(object? value) =>
        value is null or string or Type || value.GetType().IsPrimitive || value.GetType().IsEnum ||
        value is decimal or DateTime or DateTimeOffset or TimeSpan or Guid;

    private sealed class Writer(IReadOnlyDictionary<ParameterExpression, string> roles) : ExpressionVisitor
    {
        private static readonly ConcurrentDictionary<object, int> Ids = new();
        private static int s_nextId;
        private static int s_nextUnique;
        private readonly StringBuilder _text = new();
        private readonly Dictionary<ParameterExpression, string> _locals = [];

        public List<object?> Constants { get; } = [];

        public string Shape => _text.ToString();

        public override Expression? Visit(Expression? node)
        {
            if (node is null)
            {
                _text.Append('~');
                return node;
            }

            _text.Append('(').Append((int)node.NodeType).Append(':').Append(Id(node.Type));
            switch (node)
            {
                case ConstantExpression constant:
                    if (constant.Value is null)
                    {
                        _text.Append(" null");
                    }
                    else
                    {
                        _text.Append(" #").Append(Constants.Count);
                        Constants.Add(constant.Value);
                    }

                    _text.Append(')');
                    return node;
                case ParameterExpression parameter:
                    _text.Append(' ').Append(Role(parameter)).Append(')');
                    return node;
                case MemberExpression member:
                    _text.Append(" m").Append(Id(member.Member));
                    break;
                case MethodCallExpression call:
                    _text.Append(" m").Append(Id(call.Method));
                    break;
                case BinaryExpression binary:
                    _text.Append(binary.IsLiftedToNull ? " L" : " ").Append(binary.Method is null ? 0 : Id(binary.Method));
                    break;
                case UnaryExpression unary:
                    _text.Append(' ').Append(unary.Method is null ? 0 : Id(unary.Method));
                    break;
                case NewExpression created:
                    _text.Append(" c").Append(created.Constructor is null ? 0 : Id(created.Constructor))
                        .Append('/').Append(created.Members?.Count ?? 0);
                    break;
                case TypeBinaryExpression typeBinary:
                    _text.Append(" t").Append(Id(typeBinary.TypeOperand));
                    break;
                case LambdaExpression lambda:
                    foreach (var parameter in lambda.Parameters)
                    {
                        _locals[parameter] = "l" + _locals.Count.ToString(CultureInfo.InvariantCulture);
                    }

                    _text.Append(" n").Append(lambda.Parameters.Count);
                    break;
                case IndexExpression index:
                    _text.Append(" i").Append(index.Indexer is null ? 0 : Id(index.Indexer)).Append('/').Append(index.Arguments.Count);
                    break;
                case NewArrayExpression array:
                    _text.Append(" n").Append(array.Expressions.Count);
                    break;
                case InvocationExpression invocation:
                    _text.Append(" n").Append(invocation.Arguments.Count);
                    break;
                case MemberInitExpression init:
                    _text.Append(" n").Append(init.Bindings.Count);
                    break;
                case ListInitExpression listInit:
                    _text.Append(" n").Append(listInit.Initializers.Count);
                    break;
                case ConditionalExpression:
                    break;
                case SwitchExpression @switch:
                    _text.Append(" n").Append(@switch.Cases.Count).Append('/').Append(@switch.Comparison is null ? 0 : Id(@switch.Comparison));
                    break;
                default:
                    // Rare node kinds are not described in detail, so they never share.
                    _text.Append(" u").Append(Interlocked.Increment(ref s_nextUnique));
                    break;
            }

            var result = base.Visit(node);
            _text.Append(')');
            return result;
        }

        protected override MemberAssignment VisitMemberAssignment(MemberAssignment node)
        {
            _text.Append(" b").Append(Id(node.Member));
            return base.VisitMemberAssignment(node);
        }

        protected override MemberMemberBinding VisitMemberMemberBinding(MemberMemberBinding node)
        {
            _text.Append(" bm").Append(Id(node.Member)).Append('/').Append(node.Bindings.Count);
            return base.VisitMemberMemberBinding(node);
        }

        protected override MemberListBinding VisitMemberListBinding(MemberListBinding node)
        {
            _text.Append(" bl").Append(Id(node.Member)).Append('/').Append(node.Initializers.Count);
            return base.VisitMemberListBinding(node);
        }

        protected override ElementInit VisitElementInit(ElementInit node)
        {
            _text.Append(" e").Append(Id(node.AddMethod)).Append('/').Append(node.Arguments.Count);
            return base.VisitElementInit(node);
        }

        protected override SwitchCase VisitSwitchCase(SwitchCase node)
        {
            _text.Append(" s").Append(node.TestValues.Count);
            return base.VisitSwitchCase(node);
        }

        private static int Id(object key) => Ids.GetOrAdd(key, static _ => Interlocked.Increment(ref s_nextId));

        private string Role(ParameterExpression parameter)
        {
            if (_locals.TryGetValue(parameter, out var local))
            {
                return local;
            }

            if (roles.TryGetValue(parameter, out var role))
            {
                return role;
            }

            // A free parameter is bound by nothing we know, so it only matches itself.
            return "f" + Id(parameter).ToString(CultureInfo.InvariantCulture);
        }
    }
}
