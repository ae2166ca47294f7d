namespace EditorialLint.Engine;

/// <summary>An agenda filter that switches rules on or off by name.</summary>
public sealed class RuleNameAgendaFilter : IAgendaFilter
{
    private readonly HashSet<string> _names;
    private readonly bool _include;

    private RuleNameAgendaFilter(IEnumerable<string> names, bool include)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        _include = include;
    }

    /// <summary>A filter that lets only the named rules fire.</summary>
    /// <param name="names">The rule names.</param>
    /// <returns>The filter.</returns>
    public static RuleNameAgendaFilter Include(params IEnumerable<string> names) => new(names, include: true);

    /// <summary>A filter that stops the named rules from firing.</summary>
    /// <param name="names">The rule names.</param>
    /// <returns>The filter.</returns>
    public static RuleNameAgendaFilter Exclude(params IEnumerable<string> names) => new(names, include: false);

    /// <inheritdoc/>
    public bool Accept(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        return _names.Contains(activation.Rule.Name) == _include;
    }
}
