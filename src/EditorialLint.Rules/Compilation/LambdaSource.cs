using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace EditorialLint.Rules.Compilation;

/// <summary>
/// The C# source of a rule lambda as the engine hands it over (its constants already in slots of an
/// array), written so that the C# compiler reads it as the same tree: every type spelled in full,
/// every sub-expression in parentheses, every argument cast to its parameter's type (so overloads
/// resolve to the method the tree calls), every member reached through the type that declares it.
/// The text is both the key under which <see cref="ShippedConditions"/> keeps a lambda's delegate and
/// the code that delegate was compiled from. A lambda that uses what source in this assembly cannot
/// say (a private member, a compiler-generated type, a statement) has no source: null.
/// </summary>
internal static class LambdaSource
{
    private static readonly Assembly Own = typeof(LambdaSource).Assembly;
    private static readonly Assembly Engine = typeof(Engine.RuleCompiler).Assembly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(char)] = "char",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(void)] = "void",
    };

    private static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>The source of <paramref name="lambda"/>, a cast to its delegate type of a lambda; null when it has none.</summary>
    public static string? Of(LambdaExpression lambda) => Write(lambda, out _);

    /// <summary>What in <paramref name="lambda"/> source cannot say, or null when it has source.</summary>
    public static string? WhyNone(LambdaExpression lambda)
    {
        Write(lambda, out var why);
        return why;
    }

    private static string? Write(LambdaExpression lambda, out string? why)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        try
        {
            var writer = new Writer();
            writer.Top(lambda);
            why = null;
            return writer.ToString();
        }
        catch (NotSupportedException e)
        {
            why = e.Message;
            return null;
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder _s = new();
        private readonly Dictionary<ParameterExpression, string> _names = [];
        private int _locals;

        public override string ToString() => _s.ToString();

        public void Top(LambdaExpression lambda)
        {
            foreach (var parameter in lambda.Parameters)
            {
                var name = parameter.Name ?? "";
                if (name.Length == 0 || !name.All(char.IsAsciiLetterLower) || ReservedWords.Contains(name) || _names.ContainsValue(name))
                    throw new NotSupportedException("parameter name");
                _names[parameter] = name;
            }

            _s.Append('(').Append(Type(lambda.Type)).Append(")(");
            Lambda(lambda);
            _s.Append(')');
        }

        private void Lambda(LambdaExpression lambda)
        {
            _s.Append('(');
            for (var i = 0; i < lambda.Parameters.Count; i++)
            {
                var parameter = lambda.Parameters[i];
                if (parameter.IsByRef) throw new NotSupportedException("by-ref parameter");
                if (!_names.TryGetValue(parameter, out var name))
                {
                    name = "l" + _locals++.ToString(CultureInfo.InvariantCulture);
                    _names[parameter] = name;
                }

                if (i > 0) _s.Append(", ");
                _s.Append(name);
            }

            _s.Append(") => ");
            var returns = lambda.ReturnType;
            if (returns == typeof(void) && lambda.Body.Type != typeof(void) || returns == typeof(void) && lambda.Body is not (MethodCallExpression or InvocationExpression))
            {
                // A lambda of an action whose body is a value: C# takes only a statement there.
                if (lambda.Body.Type == typeof(void)) throw new NotSupportedException("statement body");
                _s.Append("{ _ = ");
                Write(lambda.Body);
                _s.Append("; }");
            }
            else if (returns != typeof(void) && lambda.Body.Type != returns)
            {
                Cast(returns, lambda.Body);
            }
            else if (returns == typeof(void))
            {
                // A call as a statement, without the parentheses that make it an expression.
                var start = _s.Length;
                Write(lambda.Body);
                _s.Remove(_s.Length - 1, 1).Remove(start, 1);
            }
            else
            {
                Write(lambda.Body);
            }
        }

        private void Write(Expression node)
        {
            switch (node)
            {
                case ParameterExpression parameter:
                    _s.Append(_names.TryGetValue(parameter, out var name) ? name : throw new NotSupportedException("free parameter"));
                    return;
                case ConstantExpression constant:
                    Constant(constant);
                    return;
                case UnaryExpression unary:
                    Unary(unary);
                    return;
                case BinaryExpression binary:
                    Binary(binary);
                    return;
                case MemberExpression member:
                    Member(member);
                    return;
                case MethodCallExpression call:
                    Call(call);
                    return;
                case ConditionalExpression conditional when conditional.Type != typeof(void):
                    _s.Append('(');
                    Write(conditional.Test);
                    _s.Append(" ? ");
                    Cast(conditional.Type, conditional.IfTrue);
                    _s.Append(" : ");
                    Cast(conditional.Type, conditional.IfFalse);
                    _s.Append(')');
                    return;
                case TypeBinaryExpression { NodeType: ExpressionType.TypeIs } typeIs:
                    _s.Append('(');
                    Write(typeIs.Expression);
                    _s.Append(" is ").Append(Type(typeIs.TypeOperand)).Append(')');
                    return;
                case NewExpression created when created.Members is null:
                    if (created.Constructor is null)
                    {
                        _s.Append("default(").Append(Type(created.Type)).Append(')');
                        return;
                    }

                    Accessible(created.Constructor);
                    _s.Append("(new ").Append(Type(created.Type));
                    Arguments(created.Constructor.GetParameters(), created.Arguments);
                    _s.Append(')');
                    return;
                case NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array:
                    _s.Append("(new ").Append(Type(array.Type)).Append(" { ");
                    for (var i = 0; i < array.Expressions.Count; i++)
                    {
                        if (i > 0) _s.Append(", ");
                        Cast(array.Type.GetElementType()!, array.Expressions[i]);
                    }

                    _s.Append(" })");
                    return;
                case LambdaExpression lambda:
                    // Only as an argument, where it is cast to its delegate type.
                    Lambda(lambda);
                    return;
                case InvocationExpression invocation:
                    _s.Append('(');
                    Cast(invocation.Expression.Type, invocation.Expression);
                    Arguments(InvokeParameters(invocation.Expression.Type), invocation.Arguments);
                    _s.Append(')');
                    return;
                default:
                    throw new NotSupportedException(node.NodeType.ToString());
            }
        }

        private void Constant(ConstantExpression constant)
        {
            switch (constant.Value)
            {
                case null:
                    _s.Append("default(").Append(Type(constant.Type)).Append(')');
                    return;
                case int number when constant.Type == typeof(int):
                    _s.Append(number < 0 ? "(" : "").Append(number.ToString(CultureInfo.InvariantCulture)).Append(number < 0 ? ")" : "");
                    return;
                case bool flag when constant.Type == typeof(bool):
                    _s.Append(flag ? "true" : "false");
                    return;
                case string text when constant.Type == typeof(string):
                    Literal(text);
                    return;
                default:
                    throw new NotSupportedException("constant of " + constant.Type);
            }
        }

        private void Unary(UnaryExpression unary)
        {
            // A conversion or operator by a method the tree names may not be the one C# picks.
            if (unary.Method is not null) throw new NotSupportedException("unary operator by method");
            switch (unary.NodeType)
            {
                case ExpressionType.Convert:
                    Cast(unary.Type, unary.Operand);
                    return;
                case ExpressionType.ConvertChecked:
                    // Only the conversion is checked: operations inside it are not, as in the tree.
                    _s.Append("checked((").Append(Type(unary.Type)).Append(")(unchecked(");
                    Write(unary.Operand);
                    _s.Append(")))");
                    return;
                case ExpressionType.TypeAs:
                    _s.Append('(');
                    Write(unary.Operand);
                    _s.Append(" as ").Append(Type(unary.Type)).Append(')');
                    return;
                case ExpressionType.Not when unary.Operand.Type == typeof(bool):
                    _s.Append("(!");
                    Write(unary.Operand);
                    _s.Append(')');
                    return;
                case ExpressionType.Not or ExpressionType.Negate:
                    // C# widens small integers to int; the tree keeps the operand's type.
                    _s.Append("((").Append(Type(unary.Type)).Append(")(").Append(unary.NodeType == ExpressionType.Not ? "~" : "-");
                    Write(unary.Operand);
                    _s.Append("))");
                    return;
                case ExpressionType.ArrayLength:
                    _s.Append('(');
                    Write(unary.Operand);
                    _s.Append(".Length)");
                    return;
                default:
                    throw new NotSupportedException(unary.NodeType.ToString());
            }
        }

        private void Binary(BinaryExpression binary)
        {
            if (binary.NodeType == ExpressionType.ArrayIndex)
            {
                _s.Append('(');
                Write(binary.Left);
                _s.Append('[');
                Write(binary.Right);
                _s.Append("])");
                return;
            }

            if (binary.IsLiftedToNull || binary.Conversion is not null) throw new NotSupportedException("lifted or converted operator");
            if (binary.Method is not null && !IsOwnOperator(binary))
                throw new NotSupportedException("operator by method");
            var op = binary.NodeType switch
            {
                ExpressionType.Add => "+", ExpressionType.Subtract => "-", ExpressionType.Multiply => "*",
                ExpressionType.Divide => "/", ExpressionType.Modulo => "%",
                ExpressionType.And => "&", ExpressionType.Or => "|", ExpressionType.ExclusiveOr => "^",
                ExpressionType.LeftShift => "<<", ExpressionType.RightShift => ">>",
                ExpressionType.Equal => "==", ExpressionType.NotEqual => "!=",
                ExpressionType.LessThan => "<", ExpressionType.LessThanOrEqual => "<=",
                ExpressionType.GreaterThan => ">", ExpressionType.GreaterThanOrEqual => ">=",
                ExpressionType.AndAlso => "&&", ExpressionType.OrElse => "||", ExpressionType.Coalesce => "??",
                _ => throw new NotSupportedException(binary.NodeType.ToString()),
            };

            // Reference equality in the tree stays reference equality, whatever operator the type declares.
            var byReference = binary.Method is null && binary.NodeType is ExpressionType.Equal or ExpressionType.NotEqual
                && !binary.Left.Type.IsValueType && !binary.Right.Type.IsValueType;
            // C# widens small integers to int; the tree keeps their type: the result is cast back.
            var arithmetic = binary.NodeType is ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply
                or ExpressionType.Divide or ExpressionType.Modulo or ExpressionType.And or ExpressionType.Or
                or ExpressionType.ExclusiveOr or ExpressionType.LeftShift or ExpressionType.RightShift;
            if (arithmetic) _s.Append("((").Append(Type(binary.Type)).Append(")(");
            _s.Append('(');
            if (byReference) Cast(typeof(object), binary.Left);
            else Write(binary.Left);
            _s.Append(' ').Append(op).Append(' ');
            if (byReference) Cast(typeof(object), binary.Right);
            else Write(binary.Right);
            _s.Append(')');
            if (arithmetic) _s.Append("))");
        }

        /// <summary>
        /// Whether the operator method the tree names is the one C# picks for its operands: the
        /// operator of the node's kind, declared on an operand's type, taking the operands' types as they are.
        /// </summary>
        private static bool IsOwnOperator(BinaryExpression binary)
        {
            var method = binary.Method!;
            var expected = binary.NodeType switch
            {
                ExpressionType.Equal => "op_Equality", ExpressionType.NotEqual => "op_Inequality",
                ExpressionType.LessThan => "op_LessThan", ExpressionType.LessThanOrEqual => "op_LessThanOrEqual",
                ExpressionType.GreaterThan => "op_GreaterThan", ExpressionType.GreaterThanOrEqual => "op_GreaterThanOrEqual",
                ExpressionType.Add => "op_Addition", ExpressionType.Subtract => "op_Subtraction",
                _ => null,
            };
            var parameters = method.GetParameters();
            return method.Name == expected && parameters.Length == 2
                && parameters[0].ParameterType == binary.Left.Type && parameters[1].ParameterType == binary.Right.Type
                && (method.DeclaringType == binary.Left.Type || method.DeclaringType == binary.Right.Type);
        }

        private void Member(MemberExpression member)
        {
            Accessible(member.Member);
            if (member.Member is not (FieldInfo or PropertyInfo)) throw new NotSupportedException("member kind");
            if (member.Member is PropertyInfo { GetMethod: null } or PropertyInfo { GetMethod.IsPrivate: true })
                throw new NotSupportedException("property without an accessible getter");
            _s.Append('(');
            Receiver(member.Expression, member.Member.DeclaringType!);
            _s.Append('.').Append(Name(member.Member.Name)).Append(')');
        }

        private void Call(MethodCallExpression call)
        {
            var method = call.Method;
            if (method.IsSpecialName) throw new NotSupportedException("accessor or operator called as a method");
            if (method.IsGenericMethod && HasNamesake(method))
                throw new NotSupportedException("generic method with overloads of as many parameters");
            if (call.Object is { Type.IsValueType: true } receiver && receiver.Type != method.DeclaringType)
                throw new NotSupportedException("method of another type on a value");
            Accessible(method);
            _s.Append('(');
            Receiver(call.Object, method.DeclaringType!);
            _s.Append('.').Append(Name(method.Name));
            if (method.IsGenericMethod)
                _s.Append('<').Append(string.Join(", ", method.GetGenericArguments().Select(Type))).Append('>');
            Arguments(method.GetParameters(), call.Arguments);
            _s.Append(')');
        }

        /// <summary>Whether another method of the declaring type has the name and number of parameters: C# might pick it.</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2075:DynamicallyAccessedMembers",
            Justification = "Methods trimmed away cannot be called, so they cannot be picked instead: what remains is what C# could pick.")]
        private static bool HasNamesake(MethodInfo method) =>
            method.DeclaringType!.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
                .Count(m => m.Name == method.Name && m.GetParameters().Length == method.GetParameters().Length) > 1;

        /// <summary>The instance through its declaring type (a hiding member of a derived type is another member), or the type of a static member.</summary>
        private void Receiver(Expression? instance, Type declaring)
        {
            if (instance is null)
                _s.Append(Type(declaring));
            else if (instance.Type == declaring)
                Write(instance);
            else
                Cast(declaring, instance);
        }

        private void Arguments(ParameterInfo[] parameters, IReadOnlyList<Expression> arguments)
        {
            _s.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (parameters[i].ParameterType.IsByRef) throw new NotSupportedException("by-ref argument");
                if (i > 0) _s.Append(", ");
                Cast(parameters[i].ParameterType, arguments[i]);
            }

            _s.Append(')');
        }

        [UnconditionalSuppressMessage("Trimming", "IL2070:DynamicallyAccessedMembers",
            Justification = "What an invocation invokes is a delegate, and trimming never removes a delegate type's Invoke method.")]
        private static ParameterInfo[] InvokeParameters(Type delegateType) =>
            typeof(Delegate).IsAssignableFrom(delegateType) && delegateType.GetMethod("Invoke") is { } invoke
                ? invoke.GetParameters()
                : throw new NotSupportedException("invocation of " + delegateType);

        private void Cast(Type type, Expression operand)
        {
            _s.Append("((").Append(Type(type)).Append(")(");
            Write(operand);
            _s.Append("))");
        }

        private void Literal(string text)
        {
            _s.Append('"');
            foreach (var c in text)
            {
                if (c is '"' or '\\') _s.Append('\\').Append(c);
                else if (c is >= ' ' and <= '~') _s.Append(c);
                else _s.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }

            _s.Append('"');
        }

        private static string Name(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
                throw new NotSupportedException("name " + name);
            return ReservedWords.Contains(name) ? "@" + name : name;
        }

        private static void Accessible(MemberInfo member)
        {
            var open = member switch
            {
                MethodBase method => method.IsPublic || (method.IsAssembly || method.IsFamilyOrAssembly) && Reachable(method.DeclaringType!.Assembly),
                FieldInfo field => field.IsPublic || (field.IsAssembly || field.IsFamilyOrAssembly) && Reachable(field.DeclaringType!.Assembly),
                PropertyInfo property => property.GetMethod is { } getter && (getter.IsPublic || (getter.IsAssembly || getter.IsFamilyOrAssembly) && Reachable(property.DeclaringType!.Assembly)),
                _ => false,
            };
            if (!open) throw new NotSupportedException("inaccessible member " + member.Name);
            _ = Type(member.DeclaringType!);
        }

        private static bool Reachable(Assembly assembly) => assembly == Own || assembly == Engine;

        private static string Type(Type type)
        {
            if (Keywords.TryGetValue(type, out var keyword)) return keyword;
            if (type.IsByRef || type.IsPointer || type.IsGenericParameter)
                throw new NotSupportedException("type " + type);
            if (type.IsArray)
            {
                var rank = type.GetArrayRank();
                return Type(type.GetElementType()!) + "[" + new string(',', rank - 1) + "]";
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying) return Type(underlying) + "?";
            if (type.Name.Contains('<', StringComparison.Ordinal)) throw new NotSupportedException("compiler-generated type");
            var visible = type.IsPublic || type.IsNestedPublic || (type.IsNotPublic || type.IsNestedAssembly || type.IsNestedFamORAssem) && Reachable(type.Assembly);
            if (!visible) throw new NotSupportedException("inaccessible type " + type);
            if (type.IsNested)
            {
                if (type.IsGenericType) throw new NotSupportedException("nested generic type");
                return Type(type.DeclaringType!) + "." + Name(type.Name);
            }

            var name = type.Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0) name = name[..tick];
            var full = "global::" + (string.IsNullOrEmpty(type.Namespace) ? "" : type.Namespace + ".") + Name(name);
            return type.IsGenericType ? full + "<" + string.Join(", ", type.GetGenericArguments().Select(Type)) + ">" : full;
        }
    }
}
