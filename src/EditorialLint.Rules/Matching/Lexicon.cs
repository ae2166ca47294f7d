namespace EditorialLint.Rules.Matching;

/// <summary>
/// Common English words with their classes, read from <c>lexicon/english.tsv</c> (derived from
/// SCOWL and WordNet; see the file's header). Look-ups ignore case and allocate nothing.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, WordClass> _words;
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Lexicon(Dictionary<string, WordClass> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    /// <summary>The classes of <paramref name="word"/>, or <see cref="WordClass.None"/> when it is not a common word.</summary>
    public WordClass Classify(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var c) ? c : WordClass.None;

    /// <summary>Parses the TSV form: <c>word&lt;TAB&gt;classes</c>, <c>#</c> comments.</summary>
    public static Lexicon Parse(string tsv)
    {
        var words = new Dictionary<string, WordClass>(80_000, StringComparer.OrdinalIgnoreCase);
        foreach (var line in tsv.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var word = tab < 0 ? line : line[..tab];
            var classes = WordClass.None;
            if (tab >= 0)
            {
                foreach (var c in line[(tab + 1)..])
                {
                    classes |= c switch
                    {
                        'n' => WordClass.Noun,
                        'v' => WordClass.Verb,
                        'a' => WordClass.Adjective,
                        'r' => WordClass.Adverb,
                        'f' => WordClass.Function,
                        'p' => WordClass.Proper,
                        _ => WordClass.Other,
                    };
                }
            }

            words[word.ToString()] = classes == WordClass.None ? WordClass.Other : classes;
        }

        return new Lexicon(words);
    }
}
