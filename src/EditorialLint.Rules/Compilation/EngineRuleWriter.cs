using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.RuleModel.Builders;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Compilation;

/// <summary>Writes one engine rule for a YAML rule through the engine's builders.</summary>
internal sealed class EngineRuleWriter
{
    private readonly RuleBuilder _builder = new();
    private readonly GroupBuilder _lhs;

    public EngineRuleWriter(RuleSpec spec, string part = "")
    {
        _builder.Name(part.Length == 0 ? spec.Id : $"{spec.Id}/{part}");
        _builder.Description(spec.Title);
        _builder.Priority(spec.Priority);
        _builder.Tags(spec.Tags.Append(spec.Category).Append(spec.Id));
        _builder.Property("id", spec.Id);
        _lhs = _builder.LeftHandSide();
    }

    /// <summary>Adds a pattern of fact type <typeparamref name="T"/> named <paramref name="name"/>.</summary>
    public EngineRuleWriter Pattern<T>(string name, params LambdaExpression[] conditions) =>
        Pattern(typeof(T), name, conditions);

    /// <summary>Adds a pattern of a fact type known at run time.</summary>
    public EngineRuleWriter Pattern(Type type, string name, params LambdaExpression[] conditions)
    {
        var pattern = _lhs.Pattern(type, name);
        foreach (var c in conditions) pattern.Condition(ClosureInliner.Inline(c));
        return this;
    }

    /// <summary>Requires that no fact matches the pattern.</summary>
    public EngineRuleWriter Not<T>(string name, params LambdaExpression[] conditions)
    {
        var pattern = _lhs.Not().Pattern(typeof(T), name);
        foreach (var c in conditions) pattern.Condition(ClosureInliner.Inline(c));
        return this;
    }

    /// <summary>Requires that at least one fact matches the pattern.</summary>
    public EngineRuleWriter Exists<T>(string name, params LambdaExpression[] conditions)
    {
        var pattern = _lhs.Exists().Pattern(typeof(T), name);
        foreach (var c in conditions) pattern.Condition(ClosureInliner.Inline(c));
        return this;
    }

    /// <summary>Collects the facts matching the source conditions into <paramref name="name"/>.</summary>
    public EngineRuleWriter Collect<T>(string name, string sourceName, LambdaExpression[] sourceConditions, params LambdaExpression[] collectionConditions)
        where T : class
    {
        var outer = _lhs.Pattern(typeof(IEnumerable<T>), name);
        foreach (var c in collectionConditions) outer.Condition(ClosureInliner.Inline(c));
        var aggregate = outer.Aggregate();
        aggregate.Collect();
        var source = aggregate.Pattern(typeof(T), sourceName);
        foreach (var c in sourceConditions) source.Condition(ClosureInliner.Inline(c));
        return this;
    }

    /// <summary>The group the patterns are added to, for the general rule kind.</summary>
    public GroupBuilder LeftHandSide => _lhs;

    /// <summary>Sets the action.</summary>
    public IRuleDefinition Then(LambdaExpression action)
    {
        _builder.RightHandSide().Action(ClosureInliner.Inline(action));
        return _builder.Build();
    }
}
