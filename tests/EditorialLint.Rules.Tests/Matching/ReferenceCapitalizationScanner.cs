using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The capitalisation scanner as it was before it passed over sentences without a candidate, kept as
/// the reference its tests compare with. What follows is its original description:
/// Finds common words capitalised in mid-sentence, the mark of machine-translated or spun copy
/// ("troops Along the border", "Biden Urge Putin Ease tension"). A word is a candidate only when
/// the lexicon knows it, it is not a part of proper names, and it does not start its sentence,
/// a quotation or a clause after a colon or dash. Headlines, title-case lines and quoted titles
/// of works are left alone.
/// </summary>
internal sealed class ReferenceCapitalizationScanner : IScanner
{
    private readonly string _ruleId;
    private readonly Lexicon _lexicon;
    private readonly WordList _nameParts;
    private readonly IReadOnlyList<string> _abstractSuffixes;
    private readonly WordList _prepositions;
    private readonly IReadOnlyList<string> _exceptions;

    /// <summary>Creates the scanner for one rule.</summary>
    /// <param name="ruleId">The rule whose matches it reports.</param>
    /// <param name="lexicon">Common English words with their classes.</param>
    /// <param name="nameParts">Capitalised words that form parts of names.</param>
    /// <param name="abstractSuffixes">Endings of abstract nouns (Negotiation), which do not end names.</param>
    /// <param name="prepositions">Prepositions and conjunctions that are never capitalised inside a name.</param>
    /// <param name="exceptions">Names that break that rule (Reporters Without Borders).</param>
    public ReferenceCapitalizationScanner(string ruleId, Lexicon lexicon, WordList nameParts, IReadOnlyList<string> abstractSuffixes,
        WordList prepositions, IReadOnlyList<string> exceptions)
    {
        _ruleId = ruleId;
        _lexicon = lexicon;
        _nameParts = nameParts;
        _abstractSuffixes = abstractSuffixes;
        _prepositions = prepositions;
        _exceptions = exceptions;
    }

    /// <summary>
    /// A word of the sentence. Its <see cref="Classes"/> are looked up in the lexicon only when a
    /// test needs them (<see cref="Unclassified"/> until then): most sentences have no candidate
    /// and most of their words are never asked about.
    /// </summary>
    private readonly record struct Word(int Start, int Length, bool Capitalized, bool AfterBreak, WordClass Classes, bool NamePart, bool FollowedByNumber)
    {
        public bool IsConnector { get; init; }

        /// <summary>Whether <see cref="Classes"/> is still to be looked up.</summary>
        public bool Unclassified { get; init; }
    }

    // Lower-case words that join the parts of one name: Plan of Action, Office for the Coordination of Humanitarian Affairs.
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the", "to", "on", "and", "in", "de", "del", "von", "van", "der", "la", "le", "du", "da", "&" };

    // Looked up by span, so that the lower-case words of every sentence cost no string each.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        var text = context.Text;
        var seg = context.Segmentation;
        var words = new List<Word>(64);
        var titles = new QuotedTitles(context, _lexicon);
        foreach (var sentence in seg.Sentences)
        {
            if (sentence.IsHeadline) continue;
            words.Clear();
            CollectWords(text, seg.TokensOf(sentence), words);
            if (words.Count < 3 || IsTitleCase(text, words)) continue;
            ScanRuns(context, sentence, words, titles);
        }
    }

    private void CollectWords(string text, ReadOnlySpan<Token> tokens, List<Word> words)
    {
        var afterBreak = true;
        var separated = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Punctuation)
            {
                var c = text[token.Start];
                // Opening marks, colons and dashes start a new clause whose first word may be capitalised.
                if (c is '\u201C' or '\u2018' or '"' or '\'' or '(' or '[' or ':' or '\u2014' or '\u2013' or '-' or '\u2022' or '*' or '|' or '/')
                    afterBreak = true;
                // The full stop of a title abbreviation keeps the name together: St. Cloud, Gen. Mark Milley.
                var abbreviation = c == '.' && words.Count > 0 && words[^1].Capitalized && words[^1].NamePart && words[^1].Length <= 4
                    && token.Start == words[^1].Start + words[^1].Length;
                if (!abbreviation) separated = true;
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                afterBreak = false;
                separated = true;
                if (words.Count > 0 && token.Kind == TokenKind.Number)
                    words[^1] = words[^1] with { FollowedByNumber = true };
                // A number or address is a word of no class: it ends runs and stops connectors.
                words.Add(new Word(token.Start, token.Length, false, false, WordClass.None, false, false));
                continue;
            }

            var span = token.SpanOf(text);
            var core = StripPossessive(span);
            var capitalized = char.IsUpper(span[0]) && core.Length > 1 && !IsAllCaps(core) && !HasLowerTail(span);
            var namePart = capitalized && _nameParts.Contains(core);
            // A punctuation mark between two words breaks a run of capitalised words.
            if (separated && words.Count > 0 && words[^1].Capitalized)
                words.Add(new Word(-1, 0, false, false, WordClass.None, false, false));
            words.Add(new Word(token.Start, token.Length, capitalized, afterBreak, WordClass.None, namePart, false)
            {
                IsConnector = !capitalized && ConnectorLookup.Contains(span),
                Unclassified = true,
            });
            afterBreak = false;
            separated = false;
        }
    }

    /// <summary>The classes of word <paramref name="i"/>, looked up the first time they are asked for.</summary>
    private WordClass ClassesOf(string text, List<Word> words, int i)
    {
        var w = words[i];
        if (!w.Unclassified) return w.Classes;
        var classes = _lexicon.Classify(StripPossessive(text.AsSpan(w.Start, w.Length)));
        words[i] = w with { Classes = classes, Unclassified = false };
        return classes;
    }

    /// <summary>Word <paramref name="i"/> with its classes, or the default word when <paramref name="i"/> is outside the sentence.</summary>
    private Word Classified(string text, List<Word> words, int i)
    {
        if (i < 0 || i >= words.Count) return default;
        ClassesOf(text, words, i);
        return words[i];
    }

    private void ScanRuns(ScanContext context, Sentence sentence, List<Word> words, QuotedTitles titles)
    {
        var text = context.Text;
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].Capitalized)
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < words.Count && words[i].Capitalized) i++;
            var runEnd = i; // exclusive
            for (var k = runStart; k < runEnd; k++)
            {
                var w = words[k];
                if (w.AfterBreak || w.NamePart || w.FollowedByNumber) continue;
                var classes = ClassesOf(text, words, k);
                if (classes == WordClass.None || (classes & WordClass.Proper) != 0) continue;
                if (titles.Contains(w.Start)) continue;
                if (JoinedToName(words, runStart, runEnd)) continue;
                if (InException(text, sentence, w.Start)) continue;
                if (Flags(text, words, runStart, runEnd, k, Classified(text, words, runStart - 1), Classified(text, words, runEnd)))
                    Report(context, sentence, words[k]);
            }
        }
    }

    private bool Flags(string text, List<Word> words, int runStart, int runEnd, int k, Word prev, Word next)
    {
        // The run's words are the ones the tests below ask about.
        for (var r = runStart; r < runEnd; r++) ClassesOf(text, words, r);
        var w = words[k];
        var length = runEnd - runStart;
        var c = w.Classes;
        var nextIsLowerWord = next.Start >= 0 && next.Length > 0 && !next.Capitalized;

        // Alone between lower-case words: "troops Along the border", "is The second". A lone
        // capitalised noun or adjective is more often a name (Arsenal, Patriot) and stays silent.
        if (length == 1)
        {
            // Before a verb it is the subject, a name: "Inter looked the more dangerous side".
            var nextIsVerb = nextIsLowerWord && (next.Classes & WordClass.Verb) != 0 && (next.Classes & (WordClass.Noun | WordClass.Function)) == 0;
            return (c & (WordClass.Function | WordClass.Adverb)) != 0 || ((c & WordClass.Verb) != 0 && !nextIsVerb);
        }

        var isFirst = k == runStart;
        var isLast = k == runEnd - 1;
        bool IsProper(Word x) => x.Classes == WordClass.None && !x.NamePart;

        // Between two proper names: "Biden Urge Putin".
        if (!isFirst && !isLast && IsProper(words[k - 1]) && IsProper(words[k + 1])) return true;

        if (isLast)
        {
            // A verb form or function word ending a run: "Eve Told reporters", "Putin Last week".
            var pureVerb = (c & WordClass.Verb) != 0 && (c & WordClass.Noun) == 0;
            var functionOnly = (c & (WordClass.Function | WordClass.Adverb)) != 0 && (c & WordClass.Noun) == 0;
            if ((pureVerb || functionOnly) && (nextIsLowerWord || next.Start < 0 || next.Length == 0)) return true;

            if (IsProper(words[k - 1]))
            {
                // A name followed by a verb and its object: "Putin Ease tension".
                if ((c & WordClass.Verb) != 0 && nextIsLowerWord && (next.Classes & (WordClass.Verb | WordClass.Function)) == 0
                    && next.Classes != WordClass.None)
                    return true;
                // A name followed by an abstract noun: "Ukraine Negotiation".
                if ((c & WordClass.Noun) != 0 && HasAbstractSuffix(text, w)) return true;
            }
        }

        // A preposition or conjunction opening a run after a lower-case word: "arrived In Istanbul",
        // "guarantees For Ukraine". Articles may open names (The Hague, The Associated Press).
        if (isFirst && IsPreposition(text, w) && prev.Start >= 0 && prev.Length > 0 && !prev.Capitalized)
            return true;

        // A preposition or conjunction inside a run is a headline dropped into the text:
        // "Zelenskyy Thanks Partners For New Air Defense Systems".
        if (!isFirst && IsPreposition(text, w))
            return true;

        // A verb opening a run right after an adverb or pronoun: "Biden also Urge Russian President".
        if (isFirst && (c & WordClass.Verb) != 0 && prev.Start >= 0 && prev.Length > 0 && !prev.Capitalized
            && (prev.Classes & WordClass.Adverb) != 0 && (prev.Classes & (WordClass.Noun | WordClass.Adjective)) == 0)
            return true;
        return false;
    }

    private bool IsPreposition(string text, Word w) => _prepositions.Contains(text.AsSpan(w.Start, w.Length));

    private bool InException(string text, Sentence sentence, int offset)
    {
        foreach (var name in _exceptions)
        {
            var from = Math.Max(sentence.Start, offset - name.Length);
            var window = text.AsSpan(from, Math.Min(sentence.End, offset + name.Length) - from);
            var at = window.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && from + at <= offset && offset < from + at + name.Length) return true;
        }

        return false;
    }

    /// <summary>Whether a connector links the run to another capitalised word: "Plan of Action", "Group of Seven".</summary>
    private static bool JoinedToName(List<Word> words, int runStart, int runEnd)
    {
        var k = runStart - 1;
        var connectors = 0;
        while (k >= 0 && words[k].IsConnector && connectors < 2)
        {
            k--;
            connectors++;
        }

        if (connectors > 0 && k >= 0 && words[k].Capitalized) return true;
        k = runEnd;
        connectors = 0;
        while (k < words.Count && words[k].IsConnector && connectors < 2)
        {
            k++;
            connectors++;
        }

        return connectors > 0 && k < words.Count && words[k].Capitalized && words[k - 1].Start >= 0;
    }

    private bool HasAbstractSuffix(string text, Word w)
    {
        var word = text.AsSpan(w.Start, w.Length);
        foreach (var suffix in _abstractSuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private void Report(ScanContext context, Sentence sentence, Word w)
    {
        var text = context.Text;
        var value = text.Substring(w.Start, w.Length);
        context.Facts.Add(new Match(_ruleId, w.Start, w.Length, value)
        {
            ParagraphIndex = sentence.ParagraphIndex,
            SentenceIndex = sentence.Index,
            InHeadline = sentence.IsHeadline,
            Replacement = char.ToLowerInvariant(value[0]) + value[1..],
            Detail = value.ToLowerInvariant(),
        });
    }

    /// <summary>
    /// A line where capitalised common words are as many as lower-case ones is title case, not
    /// prose. The lower-case words are only counted when there are enough capitalised ones.
    /// </summary>
    private bool IsTitleCase(string text, List<Word> words)
    {
        int upper = 0, lower = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // Sentence openers and parts of names are capitalised in any prose.
            if (w.Start >= 0 && w.Capitalized && !w.AfterBreak && !w.NamePart && ClassesOf(text, words, i) != WordClass.None) upper++;
        }

        if (upper < 3) return false;
        for (var i = 0; i < words.Count && lower <= upper; i++)
        {
            var w = words[i];
            if (w.Start < 0 || w.Capitalized) continue;
            var classes = ClassesOf(text, words, i);
            if (classes != WordClass.None && (classes & WordClass.Function) == 0) lower++;
        }

        return upper >= lower;
    }

    /// <summary>
    /// Words inside a short quotation in title case are a title of a work: “War and Peace”. The
    /// quotations come sorted by start; only those starting within a title's length before a word
    /// can hold it, and each is judged once per article.
    /// </summary>
    private sealed class QuotedTitles(ScanContext context, Lexicon lexicon)
    {
        private const int MaxLength = 120;
        private readonly IReadOnlyList<Quotation> _quotations = context.Segmentation.Quotations;
        private readonly List<Token> _tokens = [];
        private sbyte[]? _isTitle; // 0 not judged yet, 1 a title, -1 not

        public bool Contains(int offset)
        {
            // The last quotation starting at or before the offset.
            int lo = 0, hi = _quotations.Count - 1, last = -1;
            while (lo <= hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (_quotations[mid].Start <= offset)
                {
                    last = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            for (var i = last; i >= 0 && _quotations[i].Start + MaxLength >= offset; i--)
            {
                var q = _quotations[i];
                if (!q.IsClosed || offset >= q.End || q.Length > MaxLength) continue;
                if (IsTitle(i)) return true;
            }

            return false;
        }

        private bool IsTitle(int index)
        {
            _isTitle ??= new sbyte[_quotations.Count];
            if (_isTitle[index] != 0) return _isTitle[index] > 0;
            var q = _quotations[index];
            var text = context.Text;
            int upper = 0, lower = 0;
            _tokens.Clear();
            Tokenizer.Tokenize(text, q.Start + 1, q.End - 1, _tokens);
            foreach (var t in _tokens)
            {
                if (t.Kind != TokenKind.Word) continue;
                var s = t.SpanOf(text);
                if (char.IsUpper(s[0])) upper++;
                else if ((lexicon.Classify(s) & WordClass.Function) == 0) lower++;
            }

            var title = upper > 0 && upper >= lower;
            _isTitle[index] = title ? (sbyte)1 : (sbyte)-1;
            return title;
        }
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '\u2019') return word[..^2];
        if (word.Length > 1 && word[^1] is '\'' or '\u2019') return word[..^1];
        return word;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return word.Length == 1 && word[0] == 'I';
        foreach (var ch in word)
        {
            if (char.IsLower(ch)) return false;
        }

        return true;
    }

    /// <summary>"Western-backed": a hyphenated word whose last part is lower case reads as a lower-case word.</summary>
    private static bool HasLowerTail(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]);
    }
}
