namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>
/// Builds an aggregate source for a pattern. With <see cref="Collect"/>, the outer pattern's type is
/// <c>IEnumerable&lt;T&gt;</c> or <c>IReadOnlyCollection&lt;T&gt;</c> of the source pattern's type, and it
/// matches once per partial match, with an empty collection when no fact matches.
/// </summary>
public sealed class AggregateBuilder
{
    internal AggregateBuilder()
    {
    }

    internal string? Name { get; private set; }

    internal PatternBuilder? Source { get; private set; }

    /// <summary>Aggregates the matching facts into a collection.</summary>
    public void Collect() => Name = AggregateElement.CollectName;

    /// <summary>Sets the pattern whose matches are aggregated.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="name">The declaration name, visible only to this pattern's conditions.</param>
    /// <returns>The pattern's builder.</returns>
    /// <exception cref="InvalidOperationException">A source pattern was already set.</exception>
    public PatternBuilder Pattern(Type type, string name)
    {
        if (Source is not null)
        {
            throw new InvalidOperationException("An aggregate takes exactly one source pattern.");
        }

        Source = new PatternBuilder(type, name);
        return Source;
    }
}
