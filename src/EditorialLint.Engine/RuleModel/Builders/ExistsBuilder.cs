namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>Builds an existential quantifier over one pattern.</summary>
public sealed class ExistsBuilder
{
    internal ExistsBuilder()
    {
    }

    internal PatternBuilder? Source { get; private set; }

    /// <summary>Sets the pattern that must match at least once.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="name">The declaration name, visible only to this pattern's conditions.</param>
    /// <returns>The pattern's builder.</returns>
    /// <exception cref="InvalidOperationException">A pattern was already set.</exception>
    public PatternBuilder Pattern(Type type, string name)
    {
        if (Source is not null)
        {
            throw new InvalidOperationException("An existential quantifier takes exactly one pattern.");
        }

        Source = new PatternBuilder(type, name);
        return Source;
    }
}
