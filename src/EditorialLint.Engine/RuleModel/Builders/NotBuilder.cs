namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>Builds a negation over one pattern.</summary>
public sealed class NotBuilder
{
    internal NotBuilder()
    {
    }

    internal PatternBuilder? Source { get; private set; }

    /// <summary>Sets the pattern that must not match.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="name">The declaration name, visible only to this pattern's conditions.</param>
    /// <returns>The pattern's builder.</returns>
    /// <exception cref="InvalidOperationException">A pattern was already set.</exception>
    public PatternBuilder Pattern(Type type, string name)
    {
        if (Source is not null)
        {
            throw new InvalidOperationException("A negation takes exactly one pattern.");
        }

        Source = new PatternBuilder(type, name);
        return Source;
    }
}
