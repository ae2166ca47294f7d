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
    private readonly IReadOnlyList<string> _firstWords;
    private readonly IReadOnlyList<string> _lastWords;

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
    }

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        var text = context.Text;
        foreach (var token in context.Segmentation.Tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length < MinRestLength + 2) continue;
            var word = token.SpanOf(text);
            if (!IsLowerLetters(word) || _lexicon.Classify(word) != WordClass.None) continue;
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
