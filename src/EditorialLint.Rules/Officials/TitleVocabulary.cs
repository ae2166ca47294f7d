using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Officials;

/// <summary>The closed list of title phrases that may stand right before a name, read from <c>titles.yaml</c>.</summary>
public sealed class TitleVocabulary
{
    private static readonly HashSet<string> RootKeys = new(StringComparer.Ordinal) { "titles", "qualifiers" };
    private static readonly HashSet<string> TitleKeys = new(StringComparer.Ordinal) { "phrase", "gender" };

    private readonly Dictionary<string, string?> _phrases;

    private TitleVocabulary(Dictionary<string, string?> phrases, int longest)
    {
        _phrases = phrases;
        LongestPhraseWords = longest;
    }

    /// <summary>How many words the longest phrase has.</summary>
    public int LongestPhraseWords { get; }

    /// <summary>Number of phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Whether <paramref name="phrase"/> (any case) is a title; gives its gender when it has one.</summary>
    public bool TryGet(string phrase, out string? gender) => _phrases.TryGetValue(phrase, out gender);

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
}
