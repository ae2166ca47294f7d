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
        var tally = new Tally();
        foreach (var (variant, start) in used) tally.Add(variant, start);
        return tally.Preferred(houseStyle);
    }

    /// <summary>Whether the article uses more than one variant and <paramref name="variant"/> is not the preferred one.</summary>
    public static bool IsOff(string variant, IEnumerable<(string Variant, int Start)> used, IReadOnlyList<string> houseStyle)
    {
        var tally = new Tally();
        foreach (var (v, start) in used) tally.Add(v, start);
        return tally.IsMixed && !tally.Preferred(houseStyle).Equals(variant, StringComparison.Ordinal);
    }

    /// <summary>
    /// Sorts the uses into their groups in one pass and gives, for each group that mixes variants,
    /// its preferred variant and the uses of other variants, in the order they came. Groups come in
    /// the order of their first use.
    /// </summary>
    /// <typeparam name="T">The type of a use.</typeparam>
    /// <typeparam name="TGroup">The type of the key of a group.</typeparam>
    /// <param name="uses">Every use, of every group.</param>
    /// <param name="groupOf">The group a use competes in.</param>
    /// <param name="variantOf">The variant a use is of.</param>
    /// <param name="startOf">Where the use starts in the text.</param>
    /// <param name="houseStyle">Preferred variants, first choice first.</param>
    internal static IReadOnlyList<MixedGroup<T>> MixedGroups<T, TGroup>(IEnumerable<T> uses, Func<T, TGroup> groupOf,
        Func<T, string> variantOf, Func<T, int> startOf, IReadOnlyList<string> houseStyle)
        where TGroup : notnull
    {
        var groups = new Dictionary<TGroup, (List<T> Uses, Tally Tally)>();
        var order = new List<TGroup>();
        foreach (var use in uses)
        {
            var key = groupOf(use);
            if (!groups.TryGetValue(key, out var group))
            {
                group = ([], new Tally());
                groups.Add(key, group);
                order.Add(key);
            }

            group.Uses.Add(use);
            group.Tally.Add(variantOf(use), startOf(use));
        }

        var mixed = new List<MixedGroup<T>>();
        foreach (var key in order)
        {
            var (list, tally) = groups[key];
            if (!tally.IsMixed) continue;
            var preferred = tally.Preferred(houseStyle);
            var off = list.Where(u => !variantOf(u).Equals(preferred, StringComparison.Ordinal)).ToList();
            mixed.Add(new MixedGroup<T>(preferred, list, off));
        }

        return mixed;
    }

    /// <summary>How often, and first where, each variant is used, in the order the variants first came.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<(string Variant, int Count, int First)> _variants = [];

        public bool IsMixed => _variants.Count > 1;

        public void Add(string variant, int start)
        {
            if (_index.TryGetValue(variant, out var i))
            {
                var (v, count, first) = _variants[i];
                _variants[i] = (v, count + 1, Math.Min(first, start));
            }
            else
            {
                _index.Add(variant, _variants.Count);
                _variants.Add((variant, 1, start));
            }
        }

        public string Preferred(IReadOnlyList<string> houseStyle)
        {
            foreach (var choice in houseStyle)
            {
                if (_index.ContainsKey(choice)) return choice;
            }

            if (_variants.Count == 0) throw new InvalidOperationException("No variant is used.");
            var best = _variants[0];
            for (var i = 1; i < _variants.Count; i++)
            {
                var v = _variants[i];
                if (v.Count > best.Count || (v.Count == best.Count && v.First < best.First)) best = v;
            }

            return best.Variant;
        }
    }
}

/// <summary>A group of uses that mixes variants.</summary>
/// <typeparam name="T">The type of a use.</typeparam>
/// <param name="Preferred">The variant the article should keep.</param>
/// <param name="Uses">Every use in the group, in the order they came.</param>
/// <param name="Off">The uses of other variants, in the order they came.</param>
internal sealed record MixedGroup<T>(string Preferred, IReadOnlyList<T> Uses, IReadOnlyList<T> Off);
