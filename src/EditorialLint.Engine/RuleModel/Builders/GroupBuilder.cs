namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>Builds an AND or OR group of conditions.</summary>
public sealed class GroupBuilder
{
    private readonly List<object> _children = [];

    internal GroupBuilder(GroupType groupType) => GroupType = groupType;

    /// <summary>How the children combine.</summary>
    public GroupType GroupType { get; }

    internal IReadOnlyList<object> Children => _children;

    /// <summary>Adds a pattern matching facts of a type.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="name">The declaration name that lambda parameters bind to.</param>
    /// <returns>The pattern's builder.</returns>
    public PatternBuilder Pattern(Type type, string name) => Add(new PatternBuilder(type, name));

    /// <summary>Adds a nested group.</summary>
    /// <param name="groupType">AND or OR.</param>
    /// <returns>The nested group's builder.</returns>
    public GroupBuilder Group(GroupType groupType) => Add(new GroupBuilder(groupType));

    /// <summary>Adds a negation: matches when no fact matches its pattern.</summary>
    /// <returns>The negation's builder.</returns>
    public NotBuilder Not() => Add(new NotBuilder());

    /// <summary>Adds an existential quantifier: matches once when at least one fact matches its pattern.</summary>
    /// <returns>The quantifier's builder.</returns>
    public ExistsBuilder Exists() => Add(new ExistsBuilder());

    private T Add<T>(T child)
        where T : class
    {
        _children.Add(child);
        return child;
    }
}
