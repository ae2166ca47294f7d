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
    public static WordList Parse(string text, bool ignoreCase)
    {
        var words = new List<string>();
        foreach (var raw in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(raw).Trim();
            if (line.Length > 0 && line[0] != '#') words.Add(line.ToString());
        }

        return new WordList(words, ignoreCase);
    }
}
