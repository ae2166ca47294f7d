using System.Numerics;

namespace EditorialLint.Rules.Matching;

/// <summary>A plain list of words or phrases from a data file (one a line, <c>#</c> comments).</summary>
/// <remarks>
/// An open-addressing table of the words rather than a set with a span look-up: the set's span
/// look-up is generic code the runtime compiles at start-up, for every run.
/// </remarks>
public sealed class WordList
{
    private readonly StringComparison _comparison;
    private readonly bool _ignoreCase;
    // Each slot holds a word (or null) with its hash; a word sits at or after the slot of its hash.
    // A probe compares the hashes first, so a word that is not listed reads none of the strings.
    private readonly (string? Word, int Hash)[] _slots;
    private readonly int _mask;

    /// <summary>Creates a list; <paramref name="ignoreCase"/> decides how look-ups compare.</summary>
    public WordList(IEnumerable<string> words, bool ignoreCase)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _ignoreCase = ignoreCase;
        var all = words as IReadOnlyCollection<string> ?? words.ToList();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, all.Count * 2));
        _slots = new (string?, int)[size];
        _mask = size - 1;
        foreach (var word in all)
        {
            var hash = HashOf(word);
            var slot = Find(word, hash);
            if (_slots[slot].Word is null)
            {
                _slots[slot] = (word, hash);
                Count++;
            }
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    /// <summary>Whether <paramref name="word"/> is listed.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _slots[Find(word, HashOf(word))].Word is not null;

    /// <summary>Parses a data file.</summary>
    public static WordList Parse(string text, bool ignoreCase)
    {
        var words = new List<string>();
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0 && line[0] != '#') words.Add(line.ToString());
            start = end + 1;
        }

        return new WordList(words, ignoreCase);
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> word, int hash)
    {
        var slots = _slots;
        var slot = hash & _mask;
        while (slots[slot].Word is { } listed && (slots[slot].Hash != hash || !word.Equals(listed, _comparison))) slot = (slot + 1) & _mask;
        return slot;
    }

    private int HashOf(ReadOnlySpan<char> word) => _ignoreCase ? WordHash.IgnoringCase(word) : WordHash.Ordinal(word);
}
