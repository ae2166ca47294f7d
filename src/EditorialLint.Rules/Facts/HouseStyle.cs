namespace EditorialLint.Rules.Facts;

/// <summary>
/// The house style in force for an article (a fact every session holds): spellings the newsroom
/// prefers, from its configuration, ahead of those a rule pack prefers.
/// </summary>
public sealed class HouseStyle
{
    /// <summary>Creates the fact.</summary>
    public HouseStyle(IReadOnlyList<string> preferred) => Preferred = preferred;

    /// <summary>No configured preferences.</summary>
    public static HouseStyle None { get; } = new([]);

    /// <summary>Preferred spellings, first choice first.</summary>
    public IReadOnlyList<string> Preferred { get; }

    /// <summary>The configured preferences followed by a rule's own.</summary>
    public IReadOnlyList<string> Then(IReadOnlyList<string> rulePreferences) =>
        Preferred.Count == 0 ? rulePreferences : [.. Preferred, .. rulePreferences];
}
