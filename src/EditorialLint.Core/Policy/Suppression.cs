namespace EditorialLint.Core.Policy;

/// <summary>
/// An inline suppression: the rules it names (empty for all) are silent between
/// <see cref="Start"/> and <see cref="End"/> (offsets in the original file).
/// </summary>
/// <param name="RuleIds">The rules it silences; empty for every rule.</param>
/// <param name="Start">Start of the silenced range.</param>
/// <param name="End">End of the silenced range (exclusive).</param>
/// <param name="MarkerOffset">Where the marker itself stands, to report it when it silences nothing.</param>
/// <param name="MarkerLength">Length of the marker.</param>
public sealed record Suppression(IReadOnlyList<string> RuleIds, int Start, int End, int MarkerOffset, int MarkerLength)
{
    /// <summary>
    /// For a CMS article, the field whose value holds the marker (its offsets then count within
    /// that value when read with <see cref="SuppressionReader.ReadFields"/>); null for a
    /// suppression of the whole article.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>Whether it silences <paramref name="ruleId"/> at <paramref name="offset"/>.</summary>
    public bool Covers(string ruleId, int offset) =>
        offset >= Start && offset < End && (RuleIds.Count == 0 || RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase));
}
