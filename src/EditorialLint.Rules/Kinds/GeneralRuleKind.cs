using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using EditorialLint.Core.Segmentation;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.RuleModel.Builders;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Expressions;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Officials;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>
/// <c>rule</c>: the general form. <c>when:</c> lists patterns over facts (<c>fact</c>, <c>as</c>,
/// <c>where</c>), or <c>not:</c> / <c>exists:</c> around one; <c>then:</c> either <c>report: NAME</c>
/// (the span of that fact) or <c>assert: {name, at, key}</c>, inserting a <see cref="Derived"/>
/// fact for other rules (forward chaining).
/// </summary>
public sealed class GeneralRuleKind : IRuleKind
{
    /// <summary>The fact types a general rule can match, by name.</summary>
    public static IReadOnlyDictionary<string, Type> FactTypes { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["Article"] = Fact<ArticleInfo>(),
        ["Paragraph"] = Fact<Paragraph>(),
        ["Sentence"] = Fact<Sentence>(),
        ["Quotation"] = Fact<Quotation>(),
        ["Match"] = Fact<Match>(),
        ["Mention"] = Fact<Mention>(),
        ["TitleCue"] = Fact<TitleCue>(),
        ["Official"] = Fact<Official>(),
        ["Derived"] = Fact<Derived>(),
    };

    /// <inheritdoc />
    public string Name => "rule";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } = ["when", "then"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var writer = new EngineRuleWriter(rule);
        var scope = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        var patterns = rule.Body.Maps("when");
        if (patterns.Count == 0) throw rule.Body.ErrorHere($"rule {rule.Id}: a general rule needs 'when:' patterns");
        foreach (var item in patterns)
        {
            if (item.Has("not")) AddPattern(rule, item.Map("not")!, writer.LeftHandSide.Not().Pattern, scope, visible: false);
            else if (item.Has("exists")) AddPattern(rule, item.Map("exists")!, writer.LeftHandSide.Exists().Pattern, scope, visible: false);
            else AddPattern(rule, item, writer.LeftHandSide.Pattern, scope, visible: true);
        }

        var then = rule.Body.Map("then") ?? throw rule.Body.ErrorHere($"rule {rule.Id}: a general rule needs 'then:'");
        then.AllowOnly(["report", "length", "assert"], $"the 'then' of rule {rule.Id}");
        var ctx = Expression.Parameter(typeof(IContext), "ctx");
        Expression insert;
        ParameterExpression target;
        if (then.String("report") is { } reported)
        {
            target = Declared(then, "report", reported, scope, rule);
            // 'length' narrows the report to the start of the fact: the opening mark of a quotation, say.
            var length = Span(target, "Length", then, rule);
            if (then.String("length") is { } lengthText)
            {
                try
                {
                    var (body, _) = ConditionParser.ParseValue(lengthText, scope);
                    length = body.Type == typeof(int) ? body : throw new ExpressionSyntaxException("'length' must be a whole number", 0);
                }
                catch (ExpressionSyntaxException e)
                {
                    throw then.ErrorAt("length", $"rule {rule.Id}: {e.Message}");
                }
            }

            insert = Expression.Call(typeof(Reporting).GetMethod(nameof(Reporting.FromSpan))!,
                Expression.Constant(rule.Id), Span(target, "Start", then, rule), length);
        }
        else if (then.Map("assert") is { } assert)
        {
            assert.AllowOnly(["name", "at", "key"], $"the 'assert' of rule {rule.Id}");
            target = Declared(assert, "at", assert.RequiredString("at", "an assert"), scope, rule);
            Expression key = Expression.Constant("");
            if (assert.String("key") is { } keyText)
            {
                try
                {
                    var (body, _) = ConditionParser.ParseValue(keyText, scope);
                    key = Expression.Call(body.Type == typeof(string) ? body : Expression.Convert(body, typeof(object)),
                        typeof(object).GetMethod(nameof(ToString))!);
                }
                catch (ExpressionSyntaxException e)
                {
                    throw assert.ErrorAt("key", $"rule {rule.Id}: {e.Message}");
                }
            }

            insert = Expression.New(typeof(Derived).GetConstructors()[0], Expression.Constant(assert.RequiredString("name", "an assert")),
                Span(target, "Start", assert, rule), Span(target, "Length", assert, rule), key);
        }
        else
        {
            throw then.ErrorHere($"rule {rule.Id}: 'then' needs 'report' or 'assert'");
        }

        var call = Expression.Call(ctx, typeof(IContext).GetMethod(nameof(IContext.Insert))!, Expression.Convert(insert, typeof(object)));
        var parameters = new[] { ctx }.Concat(scope.Values).ToArray();
        context.EngineRules.Add(writer.Then(ConditionParser.Lambda(call, parameters)));
    }

    private static void AddPattern(RuleSpec rule, YamlMap item, Func<Type, string, PatternBuilder> add,
        Dictionary<string, ParameterExpression> scope, bool visible)
    {
        item.AllowOnly(["fact", "as", "where"], $"a pattern of rule {rule.Id}");
        var factName = item.RequiredString("fact", "a pattern");
        if (!FactTypes.TryGetValue(factName, out var type))
            throw item.ErrorAt("fact", $"rule {rule.Id}: unknown fact '{factName}'; facts: {string.Join(", ", FactTypes.Keys)}");
        var name = item.RequiredString("as", "a pattern");
        if (scope.ContainsKey(name)) throw item.ErrorAt("as", $"rule {rule.Id}: '{name}' is declared twice");
        var pattern = add(type, name);
        var own = Expression.Parameter(type, name);
        var local = new Dictionary<string, ParameterExpression>(scope) { [name] = own };
        foreach (var where in item.Strings("where"))
        {
            try
            {
                pattern.Condition(ConditionParser.ParseCondition(where.Value, local, own));
            }
            catch (ExpressionSyntaxException e)
            {
                throw item.ErrorAt(where with { Column = where.Column + e.Position }, $"rule {rule.Id}: {e.Message}");
            }
        }

        if (visible) scope[name] = own;
    }

    private static ParameterExpression Declared(YamlMap map, string key, string name, Dictionary<string, ParameterExpression> scope, RuleSpec rule) =>
        scope.TryGetValue(name, out var p) ? p : throw map.ErrorAt(key, $"rule {rule.Id}: '{name}' is not a declared fact");

    /// <summary>
    /// A fact type. Conditions read a fact's properties by name (<see cref="ConditionParser"/>,
    /// <see cref="Span"/>), so a trimmed build keeps them for every type registered here.
    /// </summary>
    private static Type Fact<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>() => typeof(T);

    [UnconditionalSuppressMessage("Trimming", "IL2075:DynamicallyAccessedMembers",
        Justification = "The target is declared by a pattern, so its type is one of FactTypes, whose public properties Fact<T> keeps.")]
    private static Expression Span(ParameterExpression target, string property, YamlMap at, RuleSpec rule)
    {
        var p = target.Type.GetProperty(property);
        return p?.PropertyType == typeof(int)
            ? Expression.Property(target, p)
            : throw at.ErrorHere($"rule {rule.Id}: a {target.Type.Name} has no span to report");
    }
}
