using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Compilation;

/// <summary>The shape tests a <c>sentence</c> rule can put on a sentence; each is one condition in the network.</summary>
public static class SentenceTests
{
    /// <summary>Whether the sentence's first word starts with a lower-case letter (iPhone and eBay excepted).</summary>
    public static bool StartsLowercase(Sentence s)
    {
        var words = Words(s);
        if (words.Count == 0) return false;
        var first = words[0];
        // An elided opening ("… and then the siren went") starts a quotation mid-sentence on purpose.
        var lead = s.Span.Slice(0, first.Start - s.Start);
        if (lead.Contains('\u2026') || lead.Contains("...", StringComparison.Ordinal)) return false;
        var text = s.Span.Slice(first.Start - s.Start, first.Length);
        if (first.Kind != TokenKind.Word || !char.IsLower(text[0])) return false;
        // A lower-case word with capitals inside is a brand or a unit (iPhone, eBay, mRNA), not a broken sentence.
        foreach (var ch in text[1..])
        {
            if (char.IsUpper(ch)) return false;
        }

        return true;
    }

    /// <summary>Number of word and number tokens.</summary>
    public static int WordCount(Sentence s) => Words(s).Count;

    // Auxiliaries and modals: a sentence with one of them has a verb whatever else it holds.
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "shall", "should", "may", "might", "must",
    };

    // Looked up by the words' spans, without making strings of them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup =
        Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the sentence has no finite verb: no auxiliary, no word the lexicon knows only as a
    /// verb (said, told), no contraction, and no unknown -ed or -ing form. Words that are nouns as
    /// well (border, talks, building) do not count as verbs here.
    /// </summary>
    public static bool HasNoVerb(Sentence s, Lexicon lexicon)
    {
        var words = Words(s);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var word = s.Span.Slice(w.Start - s.Start, w.Length);
            if (AuxiliaryLookup.Contains(word)) return false;
            var classes = lexicon.Classify(word);
            if ((classes & WordClass.Verb) != 0 && (classes & (WordClass.Noun | WordClass.Function)) == 0) return false;
            if (classes == WordClass.None && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))) return false;
            // A contraction carries its verb: it's, they're, we've, I'll, he'd, I'm.
            var apostrophe = word.IndexOfAny('\'', '\u2019');
            if (apostrophe > 0 && word[(apostrophe + 1)..] is "s" or "re" or "ve" or "ll" or "d" or "m" or "t") return false;
        }

        return true;
    }

    /// <summary>Whether the first word is in <paramref name="words"/>.</summary>
    public static bool StartsWithAny(Sentence s, WordList words)
    {
        var list = Words(s);
        return list.Count > 0 && words.Contains(s.Span.Slice(list[0].Start - s.Start, list[0].Length));
    }

    /// <summary>Whether the last word is in <paramref name="words"/> (a headline cut off after "of").</summary>
    public static bool EndsWithAny(Sentence s, WordList words)
    {
        var list = Words(s);
        return list.Count > 0 && words.Contains(s.Span.Slice(list[^1].Start - s.Start, list[^1].Length));
    }

    /// <summary>Whether the sentence ends without terminal punctuation (mid-sentence).</summary>
    public static bool EndsWithoutTerminal(Sentence s)
    {
        var t = s.Span.TrimEnd();
        if (t.IsEmpty) return false;
        var last = t[^1];
        return last is not ('.' or '!' or '?' or '\u2026' or '\u201D' or '"' or '\u2019' or '\'' or ')' or ']' or ':' or ';' or '*');
    }

    /// <summary>
    /// Whether the sentence ends in a clause glued from two broken ones: a conjunction from
    /// <paramref name="conjunctions"/> followed by at least three words, none a verb, with two
    /// proper names side by side and a lower-case noun last ("as Russia Ukraine invasion.").
    /// </summary>
    public static bool HasGluedFinalClause(Sentence s, WordList conjunctions, Lexicon lexicon) =>
        GluedClauseStart(s, conjunctions, lexicon) >= 0;

    /// <summary>The span a report should cover: the whole sentence, its first or last word, or its glued final clause.</summary>
    public static (int Start, int Length) SpanFor(Sentence s, string span, WordList? conjunctions, Lexicon? lexicon)
    {
        switch (span)
        {
            case "first-word":
                var words = Words(s);
                if (words.Count > 0) return (words[0].Start, words[0].Length);
                break;
            case "last-word":
                var all = Words(s);
                if (all.Count > 0) return (all[^1].Start, all[^1].Length);
                break;
            case "clause" when conjunctions is not null && lexicon is not null:
                var start = GluedClauseStart(s, conjunctions, lexicon);
                if (start >= 0) return (start, s.End - start);
                break;
        }

        return (s.Start, s.Length);
    }

    /// <summary>
    /// The start of the glued final clause, or -1. The clause starts at the last conjunction with at
    /// least three words after it; those words must all be words, none a verb. One pass from the end
    /// decides it: a verb or a number before that conjunction is reached rules out every clause, and
    /// the pairs of proper names side by side are counted on the way. Most sentences are ruled out
    /// before any word is looked up, by the letters the clause needs: a last word in lower case, and
    /// two capitalised words side by side after the first word (the proper names).
    /// </summary>
    private static int GluedClauseStart(Sentence s, WordList conjunctions, Lexicon lexicon)
    {
        var words = Words(s);
        if (words.Count < 4 || !char.IsLower(s.Span[words[^1].Start - s.Start])) return -1;
        var capitalisedPair = false;
        for (var i = 2; i < words.Count - 1 && !capitalisedPair; i++)
        {
            capitalisedPair = char.IsUpper(s.Span[words[i].Start - s.Start]) && char.IsUpper(s.Span[words[i - 1].Start - s.Start]);
        }

        if (!capitalisedPair) return -1;
        var adjacentProper = false;
        var nextIsProper = false;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = s.Span.Slice(words[i].Start - s.Start, words[i].Length);
            if (i <= words.Count - 4 && conjunctions.Contains(word))
            {
                var last = s.Span.Slice(words[^1].Start - s.Start, words[^1].Length);
                if (!adjacentProper || !char.IsLower(last[0]) || (lexicon.Classify(last) & WordClass.Noun) == 0) return -1;
                return words[i].Start;
            }

            if (words[i].Kind != TokenKind.Word) return -1;
            var classes = lexicon.Classify(word);
            if ((classes & WordClass.Verb) != 0) return -1;
            var isProper = IsProperName(word, classes);
            adjacentProper |= isProper && nextIsProper;
            nextIsProper = isProper;
        }

        return -1;
    }

    private static bool IsProperName(ReadOnlySpan<char> word, WordClass classes) =>
        char.IsUpper(word[0]) && classes == WordClass.None;

    private static IReadOnlyList<Token> Words(Sentence s) => s.Words;
}
