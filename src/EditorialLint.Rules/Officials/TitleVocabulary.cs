using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Officials;

/// <summary>The closed list of title phrases that may stand right before a name, read from <c>titles.yaml</c>.</summary>
public sealed class TitleVocabulary
{
    private static readonly HashSet<string> RootKeys = new(StringComparer.Ordinal) { "titles", "qualifiers" };
    private static readonly HashSet<string> TitleKeys = new(StringComparer.Ordinal) { "phrase", "gender" };

    private readonly Dictionary<string, string?> _phrases;
    // Every phrase and each of its endings at a space ("house press secretary", "press secretary",
    // "secretary"), any case, with what it is: a look-up of a phrase that grows leftwards can stop
    // at the first that ends no title.
    private readonly Dictionary<string, PhraseEnd>.AlternateLookup<ReadOnlySpan<char>> _endings;

    private TitleVocabulary(Dictionary<string, string?> phrases, int longest)
    {
        _phrases = phrases;
        LongestPhraseWords = longest;
        var endings = new Dictionary<string, PhraseEnd>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases.Keys)
        {
            for (var i = phrase.IndexOf(' ') + 1; i > 0; i = phrase.IndexOf(' ', i) + 1)
                endings.TryAdd(phrase[i..], PhraseEnd.Ending);
        }

        foreach (var (phrase, gender) in phrases) endings[phrase] = new PhraseEnd(gender);
        _endings = endings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many words the longest phrase has.</summary>
    public int LongestPhraseWords { get; }

    /// <summary>Number of phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Whether <paramref name="phrase"/> (any case) is a title; gives its gender when it has one.</summary>
    public bool TryGet(string phrase, out string? gender) => _phrases.TryGetValue(phrase, out gender);

    /// <inheritdoc cref="TryGet(string, out string?)"/>
    public bool TryGet(ReadOnlySpan<char> phrase, out string? gender) => Fit(phrase, out gender) == TitleFit.Title;

    /// <summary>
    /// Whether <paramref name="phrase"/> (any case, words joined by single spaces) is a title, the
    /// end of one, or neither; gives a title's gender when it has one.
    /// </summary>
    public TitleFit Fit(ReadOnlySpan<char> phrase, out string? gender)
    {
        gender = null;
        if (!_endings.TryGetValue(phrase, out var end)) return TitleFit.None;
        if (!end.IsTitle) return TitleFit.Ending;
        gender = end.Gender;
        return TitleFit.Title;
    }

    /// <summary>Reads the vocabulary.</summary>
    public static TitleVocabulary Parse(string file, string yaml)
    {
        var root = YamlMap.Parse(file, yaml);
        root.AllowOnly(RootKeys, "the title vocabulary");
        var phrases = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var longest = 1;
        foreach (var entry in root.Maps("titles"))
        {
            entry.AllowOnly(TitleKeys, "a title");
            var phrase = entry.RequiredString("phrase", "a title");
            var gender = entry.String("gender");
            if (gender is not (null or "male" or "female"))
                throw entry.ErrorAt("gender", $"title '{phrase}': gender must be male or female, not '{gender}'");
            phrases[phrase] = gender;
            longest = Math.Max(longest, phrase.Split(' ', '-').Length);
        }

        return new TitleVocabulary(phrases, longest);
    }

    /// <summary>A title (with its gender) or only the end of one.</summary>
    private sealed class PhraseEnd
    {
        /// <summary>The end of a longer title, not a title.</summary>
        public static readonly PhraseEnd Ending = new();

        /// <summary>A title.</summary>
        public PhraseEnd(string? gender)
        {
            IsTitle = true;
            Gender = gender;
        }

        private PhraseEnd()
        {
        }

        /// <summary>Whether the phrase is a title.</summary>
        public bool IsTitle { get; }

        /// <summary>The title's gender, when it has one.</summary>
        public string? Gender { get; }
    }
}
