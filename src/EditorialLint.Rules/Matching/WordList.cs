namespace EditorialLint.Rules.Matching;

/// <summary>A plain list of words or phrases from a data file (one a line, <c>#</c> comments).</summary>
public sealed class WordList
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a list; <paramref name="ignoreCase"/> decides how look-ups compare.</summary>
    public WordList(IEnumerable<string> words, bool ignoreCase)
    {
        _words = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of entries.</summary>
    public int Count => _words.Count;

    /// <summary>Whether <paramref name="word"/> is listed.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Parses a data file.</summary>
    public static WordList Parse(string text, bool ignoreCase) =>
        new(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'), ignoreCase);
}
