namespace EditorialLint.Rules.Compilation;

/// <summary>Which of several variants an article should keep.</summary>
public static class Consistency
{
    /// <summary>
    /// The preferred variant among those used: the first house-style choice in use, else the most
    /// frequent, ties going to the one used first.
    /// </summary>
    public static string Preferred(IEnumerable<(string Variant, int Start)> used, IReadOnlyList<string> houseStyle)
    {
        var list = used.ToList();
        foreach (var choice in houseStyle)
        {
            if (list.Any(u => u.Variant.Equals(choice, StringComparison.Ordinal))) return choice;
        }

        return list.GroupBy(u => u.Variant, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(u => u.Start))
            .First().Key;
    }

    /// <summary>Whether the article uses more than one variant and <paramref name="variant"/> is not the preferred one.</summary>
    public static bool IsOff(string variant, IEnumerable<(string Variant, int Start)> used, IReadOnlyList<string> houseStyle)
    {
        var list = used.ToList();
        if (list.Select(u => u.Variant).Distinct(StringComparer.Ordinal).Count() < 2) return false;
        return !Preferred(list, houseStyle).Equals(variant, StringComparison.Ordinal);
    }
}
