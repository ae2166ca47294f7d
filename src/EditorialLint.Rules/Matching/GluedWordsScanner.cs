using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// Finds two words run together where a link or a tag was stripped ("onthe", "thereport"): a
/// lower-case word the lexicon does not know that splits into a listed short word and a word
/// the lexicon knows. The split is offered as the fix.
/// </summary>
public sealed class GluedWordsScanner : IScanner
{
    private const int MinRestLength = 3;

    private readonly string _ruleId;
    private readonly Lexicon _lexicon;
    private readonly string[] _firstWords;
    private readonly string[] _lastWords;
    // The first words by their first character and the last words by their last ('a'..'z', then one
    // group for any other character): a word that starts with no first word and ends with no last
    // word cannot split, and is not looked up at all.
    private readonly string[][] _firstByLetter;
    private readonly string[][] _lastByLetter;

    /// <summary>Creates the scanner for one rule.</summary>
    /// <param name="ruleId">The rule whose matches it reports.</param>
    /// <param name="lexicon">Common English words.</param>
    /// <param name="firstWords">Short words that get glued to the word after them (the, on, of).</param>
    /// <param name="lastWords">Short words that get glued to the word before them.</param>
    public GluedWordsScanner(string ruleId, Lexicon lexicon, IReadOnlyList<string> firstWords, IReadOnlyList<string> lastWords)
    {
        _ruleId = ruleId;
        _lexicon = lexicon;
        _firstWords = firstWords.OrderByDescending(w => w.Length).ToArray();
        _lastWords = lastWords.OrderByDescending(w => w.Length).ToArray();
        _firstByLetter = ByLetter(_firstWords, w => w[0]);
        _lastByLetter = ByLetter(_lastWords, w => w[^1]);
    }

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        var text = context.Text;
        foreach (var token in context.Segmentation.Tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length < MinRestLength + 2) continue;
            var word = token.SpanOf(text);
            // The split's own tests are cheap; the look-up of a word in the lexicon is not, and most
            // words start and end with no letter a short word has.
            if (!MaySplit(word) || !IsLowerLetters(word) || _lexicon.Classify(word) != WordClass.None) continue;
            var split = Split(word);
            if (split is null) continue;
            context.Facts.Add(new Match(_ruleId, token.Start, token.Length, word.ToString())
            {
                ParagraphIndex = context.ParagraphAt(token.Start),
                SentenceIndex = context.SentenceAt(token.Start),
                InHeadline = context.InHeadline(token.Start),
                Replacement = split,
                Detail = split,
            });
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/> starts with a first word or ends with a last word, leaving
    /// enough for the rest: the test <see cref="Split"/> makes before it looks the rest up.
    /// </summary>
    private bool MaySplit(ReadOnlySpan<char> word)
    {
        foreach (var first in _firstByLetter[Group(word[0])])
        {
            if (word.Length - first.Length >= MinRestLength && word.StartsWith(first, StringComparison.Ordinal)) return true;
        }

        foreach (var last in _lastByLetter[Group(word[^1])])
        {
            if (word.Length - last.Length >= MinRestLength && word.EndsWith(last, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The group of words whose first (or last) character is <paramref name="c"/>.</summary>
    private static int Group(char c) => c is >= 'a' and <= 'z' ? c - 'a' : 26;

    /// <summary>
    /// The words grouped by the character <paramref name="letter"/> picks. An empty word is left out:
    /// its rest would be the whole word, which is only split when the lexicon does not know it.
    /// </summary>
    private static string[][] ByLetter(string[] words, Func<string, char> letter)
    {
        var groups = new string[27][];
        for (var g = 0; g < groups.Length; g++)
            groups[g] = words.Where(w => w.Length > 0 && Group(letter(w)) == g).ToArray();
        return groups;
    }

    private string? Split(ReadOnlySpan<char> word)
    {
        foreach (var first in _firstWords)
        {
            if (word.Length - first.Length >= MinRestLength && word.StartsWith(first, StringComparison.Ordinal)
                && _lexicon.Classify(word[first.Length..]) != WordClass.None)
                return $"{first} {word[first.Length..]}";
        }

        foreach (var last in _lastWords)
        {
            if (word.Length - last.Length >= MinRestLength && word.EndsWith(last, StringComparison.Ordinal)
                && _lexicon.Classify(word[..^last.Length]) != WordClass.None)
                return $"{word[..^last.Length]} {last}";
        }

        return null;
    }

    private static bool IsLowerLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c)) return false;
        }

        return true;
    }
}
