using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace EditorialLint.Rules.Expressions;

/// <summary>
/// The small expression language of the general <c>rule</c> kind, compiled to LINQ expression trees:
/// literals (numbers, 'strings', true, false, null), declared names and their properties
/// (<c>s.WordCount</c>, case-insensitive), <c>! &amp;&amp; || == != &lt; &lt;= &gt; &gt;= + -</c>, parentheses and
/// the string methods <c>startsWith</c>, <c>endsWith</c>, <c>contains</c>. A string compared with an
/// enum property names a member of the enum (<c>m.Kind == 'NearMiss'</c>).
/// </summary>
public sealed class ConditionParser
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, ParameterExpression> _scope;
    private readonly HashSet<ParameterExpression> _used = [];
    private int _pos;

    private ConditionParser(string text, IReadOnlyDictionary<string, ParameterExpression> scope)
    {
        _text = text;
        _scope = scope;
    }

    /// <summary>Parses a boolean condition over the declared names in <paramref name="scope"/>.</summary>
    public static LambdaExpression ParseCondition(string text, IReadOnlyDictionary<string, ParameterExpression> scope, ParameterExpression own)
    {
        var parser = new ConditionParser(text, scope);
        parser._used.Add(own);
        var body = parser.ParseOr();
        parser.SkipSpace();
        if (parser._pos < text.Length) throw new ExpressionSyntaxException($"unexpected '{text[parser._pos]}'", parser._pos);
        if (body.Type != typeof(bool)) throw new ExpressionSyntaxException("the condition must be true or false", 0);
        var parameters = parser._used.OrderBy(p => p == own ? 0 : 1).ToArray();
        return Lambda(body, parameters);
    }

    /// <summary>
    /// A lambda over <paramref name="parameters"/>, to hand a parsed condition or action to the rule
    /// engine. The engine reads its body and parameters and compiles them into delegates of its own
    /// types, so this lambda's delegate type (a Func or Action over the fact types) is never compiled.
    /// A build without a JIT makes that type from a shared form compiled ahead of time
    /// (<see cref="SharedForms"/>), which covers up to <see cref="MostFacts"/> facts; past that,
    /// the rule is refused with a message rather than the run stopped.
    /// </summary>
    [UnconditionalSuppressMessage("AotAnalysis", "IL3050:RequiresDynamicCode",
        Justification = "The lambda's delegate type is only made, never compiled or invoked: the engine compiles the body with its own delegate types. " +
                        "Its parameters are IContext and fact types, all classes, and its result bool or void: SharedForms keeps those forms " +
                        "compiled ahead of time, and a type no form covers is refused with a message.")]
    internal static LambdaExpression Lambda(Expression body, ParameterExpression[] parameters)
    {
        _ = SharedForms.Length;
        try
        {
            return Expression.Lambda(body, parameters);
        }
        catch (Exception e) when (e is NotSupportedException or PlatformNotSupportedException)
        {
            throw new ExpressionSyntaxException($"a rule can join at most {MostFacts} facts in this build of the tool; it joins {parameters.Length - (body.Type == typeof(void) ? 1 : 0)}", 0);
        }
    }

    /// <summary>The most facts a rule's condition or action can name (<see cref="SharedForms"/>).</summary>
    internal const int MostFacts = 8;

    /// <summary>
    /// The delegate types a condition (facts to bool) or an action (a context and facts) can have,
    /// over classes: naming one instance of each keeps its shared form in a build without a JIT.
    /// </summary>
    internal static readonly Type[] SharedForms =
    [
        typeof(Func<object, bool>), typeof(Func<object, object, bool>), typeof(Func<object, object, object, bool>),
        typeof(Func<object, object, object, object, bool>), typeof(Func<object, object, object, object, object, bool>),
        typeof(Func<object, object, object, object, object, object, bool>),
        typeof(Func<object, object, object, object, object, object, object, bool>),
        typeof(Func<object, object, object, object, object, object, object, object, bool>),
        typeof(Action<object, object>), typeof(Action<object, object, object>), typeof(Action<object, object, object, object>),
        typeof(Action<object, object, object, object, object>), typeof(Action<object, object, object, object, object, object>),
        typeof(Action<object, object, object, object, object, object, object>),
        typeof(Action<object, object, object, object, object, object, object, object>),
        typeof(Action<object, object, object, object, object, object, object, object, object>),
    ];

    /// <summary>Parses a value expression (for keys of asserted facts).</summary>
    public static (Expression Body, IReadOnlyCollection<ParameterExpression> Used) ParseValue(string text, IReadOnlyDictionary<string, ParameterExpression> scope)
    {
        var parser = new ConditionParser(text, scope);
        var body = parser.ParseOr();
        parser.SkipSpace();
        if (parser._pos < text.Length) throw new ExpressionSyntaxException($"unexpected '{text[parser._pos]}'", parser._pos);
        return (body, parser._used);
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||")) left = Expression.OrElse(AsBool(left), AsBool(ParseAnd()));
        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (Accept("&&")) left = Expression.AndAlso(AsBool(left), AsBool(ParseNot()));
        return left;
    }

    private Expression ParseNot()
    {
        SkipSpace();
        if (Peek('!') && !PeekAt(1, '='))
        {
            _pos++;
            return Expression.Not(AsBool(ParseNot()));
        }

        return ParseComparison();
    }

    private Expression ParseComparison()
    {
        var left = ParseAdditive();
        foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">" })
        {
            var at = _pos;
            if (!Accept(op)) continue;
            var right = ParseAdditive();
            (left, right) = Unify(left, right, at);
            return op switch
            {
                "==" => Expression.Equal(left, right),
                "!=" => NotEqual(left, right),
                "<=" => Expression.LessThanOrEqual(left, right),
                ">=" => Expression.GreaterThanOrEqual(left, right),
                "<" => Expression.LessThan(left, right),
                _ => Expression.GreaterThan(left, right),
            };
        }

        return left;
    }

    /// <summary>
    /// <c>a != b</c>. Where the operands' type declares <c>==</c> (a string), this is <c>!(a == b)</c>:
    /// the operator <c>!=</c> is found by name through reflection, and a native build keeps that name
    /// for string's <c>==</c> but not for its <c>!=</c>; the tree would then compare references, and
    /// two equal strings would differ.
    /// </summary>
    private static Expression NotEqual(Expression left, Expression right)
    {
        var equal = Expression.Equal(left, right);
        return equal.Method is null ? Expression.NotEqual(left, right) : Expression.Not(equal);
    }

    private Expression ParseAdditive()
    {
        var left = ParseUnary();
        while (true)
        {
            var at = _pos;
            if (Accept("+"))
            {
                var right = ParseUnary();
                if (left.Type == typeof(string) || right.Type == typeof(string))
                {
                    left = Expression.Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(object), typeof(object)])!,
                        Expression.Convert(left, typeof(object)), Expression.Convert(right, typeof(object)));
                }
                else
                {
                    (left, right) = Unify(left, right, at);
                    left = Expression.Add(left, right);
                }
            }
            else if (Accept("-"))
            {
                var right = ParseUnary();
                (left, right) = Unify(left, right, at);
                left = Expression.Subtract(left, right);
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseUnary()
    {
        SkipSpace();
        if (Peek('-'))
        {
            _pos++;
            return Expression.Negate(ParseUnary());
        }

        return ParsePostfix();
    }

    private Expression ParsePostfix()
    {
        var expr = ParsePrimary();
        while (true)
        {
            SkipSpace();
            if (!Peek('.')) return expr;
            _pos++;
            var at = _pos;
            var name = Identifier() ?? throw new ExpressionSyntaxException("a property name must follow '.'", at);
            SkipSpace();
            if (Peek('('))
            {
                _pos++;
                var args = new List<Expression>();
                SkipSpace();
                if (!Peek(')'))
                {
                    do args.Add(ParseOr());
                    while (Accept(","));
                }

                if (!Accept(")")) throw new ExpressionSyntaxException("missing ')'", _pos);
                expr = CallMethod(expr, name, args, at);
            }
            else
            {
                var member = PropertyOf(expr.Type, name)
                    ?? throw new ExpressionSyntaxException($"{expr.Type.Name} has no property '{name}'", at);
                // A span (a sentence's characters read in place) lives only on the stack: a condition reads Text.
                if (member.PropertyType.IsByRefLike)
                    throw new ExpressionSyntaxException($"{expr.Type.Name}.{member.Name} cannot be read in a condition; use Text", at);
                expr = Expression.Property(expr, member);
            }
        }
    }

    /// <summary>
    /// The public instance property <paramref name="name"/> (in any case) of <paramref name="type"/>, or null.
    /// A condition starts from a declared fact and reads properties from there, so
    /// <paramref name="type"/> is a fact type or the type of one of their properties: text (kept
    /// here), a number, a boolean, a character, an enum, a list, or another fact type.
    /// </summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(string))]
    [UnconditionalSuppressMessage("Trimming", "IL2070:DynamicallyAccessedMembers",
        Justification = "The fact types' public properties are kept where they are registered (GeneralRuleKind.FactTypes), and text's by the " +
                        "DynamicDependency; the other types a property can have (numbers, booleans, characters, enums, lists) have none a condition can read.")]
    private static PropertyInfo? PropertyOf(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    private static Expression CallMethod(Expression target, string name, List<Expression> args, int at)
    {
        if (target.Type != typeof(string))
            throw new ExpressionSyntaxException($"'{name}' applies to text only", at);
        var method = name.ToLowerInvariant() switch
        {
            "startswith" => nameof(string.StartsWith),
            "endswith" => nameof(string.EndsWith),
            "contains" => nameof(string.Contains),
            _ => throw new ExpressionSyntaxException($"unknown method '{name}'; use startsWith, endsWith or contains", at),
        };
        if (args.Count != 1 || args[0].Type != typeof(string))
            throw new ExpressionSyntaxException($"'{name}' takes one text argument", at);
        return Expression.Call(target, typeof(string).GetMethod(method, [typeof(string), typeof(StringComparison)])!,
            args[0], Expression.Constant(StringComparison.Ordinal));
    }

    private Expression ParsePrimary()
    {
        SkipSpace();
        var at = _pos;
        if (_pos >= _text.Length) throw new ExpressionSyntaxException("the expression ends too early", at);
        var c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            var inner = ParseOr();
            if (!Accept(")")) throw new ExpressionSyntaxException("missing ')'", _pos);
            return inner;
        }

        if (c is '\'' or '"')
        {
            var close = _text.IndexOf(c, _pos + 1);
            if (close < 0) throw new ExpressionSyntaxException("unterminated text literal", at);
            var value = _text[(_pos + 1)..close];
            _pos = close + 1;
            return Expression.Constant(value);
        }

        if (char.IsDigit(c))
        {
            var start = _pos;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
            var number = _text[start.._pos];
            return number.Contains('.')
                ? Expression.Constant(double.Parse(number, CultureInfo.InvariantCulture))
                : Expression.Constant(int.Parse(number, CultureInfo.InvariantCulture));
        }

        var name = Identifier() ?? throw new ExpressionSyntaxException($"unexpected '{c}'", at);
        switch (name)
        {
            case "true": return Expression.Constant(true);
            case "false": return Expression.Constant(false);
            case "null": return Expression.Constant(null);
        }

        if (!_scope.TryGetValue(name, out var parameter))
            throw new ExpressionSyntaxException($"'{name}' is not declared; declared: {string.Join(", ", _scope.Keys)}", at);
        _used.Add(parameter);
        return parameter;
    }

    private static (Expression, Expression) Unify(Expression left, Expression right, int at)
    {
        if (left.Type == right.Type) return (left, right);
        if (left.Type.IsEnum && right is ConstantExpression { Value: string ls }) return (left, EnumConstant(left.Type, ls, at));
        if (right.Type.IsEnum && left is ConstantExpression { Value: string rs }) return (EnumConstant(right.Type, rs, at), right);
        if (left is ConstantExpression { Value: null } && !right.Type.IsValueType) return (Expression.Constant(null, right.Type), right);
        if (right is ConstantExpression { Value: null } && !left.Type.IsValueType) return (left, Expression.Constant(null, left.Type));
        if (IsNumber(left.Type) && IsNumber(right.Type))
        {
            var wide = left.Type == typeof(double) || right.Type == typeof(double) ? typeof(double) : typeof(long);
            return (Expression.Convert(left, wide), Expression.Convert(right, wide));
        }

        throw new ExpressionSyntaxException($"cannot compare {left.Type.Name} with {right.Type.Name}", at);
    }

    private static Expression EnumConstant(Type type, string name, int at) =>
        Enum.TryParse(type, name, ignoreCase: true, out var value)
            ? Expression.Constant(value, type)
            : throw new ExpressionSyntaxException($"'{name}' is not one of {string.Join(", ", Enum.GetNames(type))}", at);

    private static bool IsNumber(Type t) => t == typeof(int) || t == typeof(long) || t == typeof(double);

    private static Expression AsBool(Expression e) =>
        e.Type == typeof(bool) ? e : throw new ExpressionSyntaxException("expected a true-or-false value", 0);

    private string? Identifier()
    {
        SkipSpace();
        var start = _pos;
        if (_pos >= _text.Length || !(char.IsLetter(_text[_pos]) || _text[_pos] == '_')) return null;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        return _text[start.._pos];
    }

    private bool Accept(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) != 0) return false;
        _pos += token.Length;
        return true;
    }

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private bool PeekAt(int offset, char c) => _pos + offset < _text.Length && _text[_pos + offset] == c;

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }
}
