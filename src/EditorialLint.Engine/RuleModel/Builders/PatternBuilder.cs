using System.Linq.Expressions;

namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>Builds a pattern: a declaration plus conditions, optionally over an aggregate source.</summary>
public sealed class PatternBuilder
{
    private readonly List<LambdaExpression> _conditions = [];

    internal PatternBuilder(Type type, string name)
    {
        Declaration = new Declaration(name, type);
    }

    /// <summary>The variable this pattern binds.</summary>
    public Declaration Declaration { get; }

    internal IReadOnlyList<LambdaExpression> Conditions => _conditions;

    internal AggregateBuilder? Source { get; private set; }

    /// <summary>
    /// Adds a condition. Its parameters bind by name to this pattern's declaration and to the declarations
    /// of earlier patterns; conditions are evaluated in the order they are added.
    /// </summary>
    /// <param name="expression">A lambda returning <see langword="bool"/>.</param>
    public void Condition(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        _conditions.Add(expression);
    }

    /// <summary>Makes this pattern match an aggregate of other facts instead of facts in the session.</summary>
    /// <returns>The aggregate's builder.</returns>
    /// <exception cref="InvalidOperationException">An aggregate was already set.</exception>
    public AggregateBuilder Aggregate()
    {
        if (Source is not null)
        {
            throw new InvalidOperationException($"Pattern '{Declaration.Name}' already has an aggregate source.");
        }

        Source = new AggregateBuilder();
        return Source;
    }
}
