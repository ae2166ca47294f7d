namespace EditorialLint.Engine;

/// <summary>An agenda filter that switches rules on or off by tag.</summary>
public sealed class RuleTagAgendaFilter : IAgendaFilter
{
    private readonly HashSet<string> _tags;
    private readonly bool _include;

    private RuleTagAgendaFilter(IEnumerable<string> tags, bool include)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags = new HashSet<string>(tags, StringComparer.Ordinal);
        _include = include;
    }

    /// <summary>A filter that lets fire only rules carrying at least one of the tags.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The filter.</returns>
    public static RuleTagAgendaFilter Include(params IEnumerable<string> tags) => new(tags, include: true);

    /// <summary>A filter that stops rules carrying any of the tags from firing.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The filter.</returns>
    public static RuleTagAgendaFilter Exclude(params IEnumerable<string> tags) => new(tags, include: false);

    /// <inheritdoc/>
    public bool Accept(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        var tagged = false;
        foreach (var tag in activation.Rule.Tags)
        {
            if (_tags.Contains(tag))
            {
                tagged = true;
                break;
            }
        }

        return tagged == _include;
    }
}
