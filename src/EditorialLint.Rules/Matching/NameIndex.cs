using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// Finds officials' names in the text, right or wrong: exact forms (canonical, accepted, known
/// misspellings), a right surname with a slipped first name ("Anthony Blinken"), and near misses
/// of a surname ("Brinken", "Zelenksy") through a deletion index, so a look-up costs the same
/// whatever the registry's size. Emits <see cref="Mention"/>, <see cref="TitleCue"/> and the
/// mentioned <see cref="Official"/> facts.
/// </summary>
public sealed class NameIndex : IScanner
{
    private const int MinNearMissLength = 5;

    private readonly Dictionary<string, List<NameForm>> _byLastWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Official Official, string Surname)>> _deletions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _correctSurnames = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _givenNames = [];
    private readonly TitleVocabulary _titles;
    private readonly Lexicon _lexicon;
    private readonly WordList _nameParts;
    private readonly WordList _properNames;

    /// <summary>Indexes <paramref name="registry"/>; <paramref name="properNames"/> are other people's and places' names.</summary>
    public NameIndex(OfficialRegistry registry, TitleVocabulary titles, Lexicon lexicon, WordList nameParts, WordList properNames)
    {
        _properNames = properNames;
        _titles = titles;
        _lexicon = lexicon;
        _nameParts = nameParts;
        foreach (var o in registry.Officials)
        {
            var given = new List<string>();
            if (o.FirstName.Length > 0) given.Add(o.FirstName);
            foreach (var alt in o.Alternatives)
            {
                var words = alt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 1) given.Add(words[0]);
            }

            _givenNames[o.Id] = given;
            AddForm(new NameForm(o, o.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), true));
            AddSurname(o, o.Surname);
            foreach (var alt in o.Alternatives)
            {
                var words = alt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                AddForm(new NameForm(o, words, true));
                AddSurname(o, words[^1]);
            }
        }

        foreach (var o in registry.Officials)
        {
            foreach (var wrong in o.Misspellings)
            {
                var words = wrong.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                AddForm(new NameForm(o, words, false));
            }
        }
    }

    private void AddSurname(Official o, string surname)
    {
        if (!_correctSurnames.Add(surname) && _byLastWord.TryGetValue(surname, out var existing)
            && existing.Any(f => f.Official == o && f.Words.Length == 1)) return;
        AddForm(new NameForm(o, [surname], true));
        var key = NameSpelling.Fold(surname);
        foreach (var d in NameSpelling.Deletions(key))
        {
            if (!_deletions.TryGetValue(d, out var list)) _deletions[d] = list = [];
            if (!list.Any(x => x.Official == o && x.Surname == surname)) list.Add((o, surname));
        }
    }

    private void AddForm(NameForm form)
    {
        var last = form.Words[^1];
        if (!_byLastWord.TryGetValue(last, out var list)) _byLastWord[last] = list = [];
        if (!list.Any(f => f.Official == form.Official && f.Words.SequenceEqual(form.Words))) list.Add(form);
    }

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Segmentation.Tokens;
        var officials = new HashSet<Official>();
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start])) continue;
            if (IsFollowedByName(text, tokens, t)) continue; // a first name, the surname comes next
            var (surname, surnameLength) = WithoutPossessive(text, token);
            var mention = Resolve(context, tokens, t, surname, surnameLength);
            if (mention is null) continue;
            context.Facts.Add(mention);
            officials.Add(mention.Official);
            AddTitleCue(context, tokens, mention);
        }

        foreach (var o in officials) context.Facts.Add(o);
    }

    private Mention? Resolve(ScanContext context, Token[] tokens, int t, string surname, int surnameLength)
    {
        var text = context.Text;
        var token = tokens[t];
        var surnameEnd = token.Start + surnameLength;

        // 1. Exact forms, longest first: "Volodymyr Zelensky", "Jane Psaki", then surname alone.
        if (_byLastWord.TryGetValue(surname, out var forms))
        {
            NameForm? best = null;
            var bestStart = 0;
            foreach (var form in forms)
            {
                if (form.Words.Length < 2 || (best is not null && form.Words.Length <= best.Words.Length)) continue;
                if (PrecededBy(text, tokens, t, form.Words, out var start))
                {
                    best = form;
                    bestStart = start;
                }
            }

            if (best is not null)
            {
                var o = best.Official;
                var written = text[bestStart..surnameEnd];
                return best.IsCorrect
                    ? new Mention(o, bestStart, surnameEnd - bestStart, written, MentionKind.Correct, written, surname, false)
                    : new Mention(o, bestStart, surnameEnd - bestStart, written, MentionKind.Misspelled, o.Name,
                        _correctSurnames.Contains(surname) ? surname : "", false);
            }

            var first = PreviousName(text, tokens, t);
            foreach (var form in forms)
            {
                if (form.Words.Length != 1) continue;
                var o = form.Official;
                if (first is { } f)
                {
                    var given = text.Substring(f.Start, f.Length);
                    var givenNames = _givenNames[o.Id];
                    if (givenNames.Any(g => g.Equals(given, StringComparison.Ordinal)))
                    {
                        var written = text[f.Start..surnameEnd];
                        return form.IsCorrect
                            ? new Mention(o, f.Start, surnameEnd - f.Start, written, MentionKind.Correct, written, surname, false)
                            : new Mention(o, f.Start, surnameEnd - f.Start, written, MentionKind.Misspelled, o.Name, "", false);
                    }

                    if (givenNames.Any(g => NameSpelling.SimilarGivenNames(given, g)))
                    {
                        var written = text[f.Start..surnameEnd];
                        var expected = form.IsCorrect ? $"{givenNames[0]} {surname}" : o.Name;
                        return new Mention(o, f.Start, surnameEnd - f.Start, written, MentionKind.Misspelled, expected,
                            form.IsCorrect ? surname : "", false);
                    }

                    // Another first name: someone else with the same surname (Hunter Biden).
                    if (!IsTitleLike(given)) continue;
                }

                return form.IsCorrect
                    ? new Mention(o, token.Start, surnameLength, surname, MentionKind.Correct, surname, surname, true)
                    : new Mention(o, token.Start, surnameLength, surname, MentionKind.Misspelled, o.Surname, "", true);
            }

            return null;
        }

        // 2. Near misses of a surname nobody listed: "Brinken", "Psacki", "Zelenksy".
        if (surname.Length < MinNearMissLength || _lexicon.Classify(surname) != WordClass.None
            || _nameParts.Contains(surname) || IsAllCaps(surname)) return null;
        // A known name of a place or person (Ireland, Austen) is a near miss only after the official's first name.
        var knownName = _properNames.Contains(surname);
        var key = NameSpelling.Fold(surname);
        List<(Official Official, string Surname)>? candidates = null;
        foreach (var d in NameSpelling.Deletions(key))
        {
            if (!_deletions.TryGetValue(d, out var list)) continue;
            foreach (var c in list)
            {
                if (NameSpelling.Distance(key, NameSpelling.Fold(c.Surname), 1) > 1) continue;
                candidates ??= [];
                if (!candidates.Contains(c)) candidates.Add(c);
            }
        }

        if (candidates is null) return null;
        var previous = PreviousName(text, tokens, t);
        foreach (var (o, correctSurname) in candidates)
        {
            if (previous is { } f)
            {
                var given = text.Substring(f.Start, f.Length);
                if (_givenNames[o.Id].Any(g => NameSpelling.SimilarGivenNames(given, g)))
                {
                    var written = text[f.Start..surnameEnd];
                    return new Mention(o, f.Start, surnameEnd - f.Start, written, MentionKind.Misspelled, o.Name, "", false);
                }

                if (!IsTitleLike(given)) continue;
            }

            if (knownName) continue;
            var confident = candidates.Count == 1 && surname.Length >= 7;
            return new Mention(o, token.Start, surnameLength, surname, MentionKind.NearMiss, correctSurname, "", true)
            {
                ConfirmedByContext = confident,
            };
        }

        return null;
    }

    private void AddTitleCue(ScanContext context, Token[] tokens, Mention mention)
    {
        var text = context.Text;
        var t = Array.FindIndex(tokens, x => x.Start == mention.Start);
        if (t <= 0) return;
        string? bestPhrase = null;
        string? bestGender = null;
        var bestStart = -1;
        var phraseStart = mention.Start;
        var words = new List<string>();
        for (var k = t - 1; k >= 0 && t - k <= _titles.LongestPhraseWords; k--)
        {
            var tok = tokens[k];
            if (tok.Kind != TokenKind.Word || !OnlySpaceBetween(text, tok.End, phraseStart)) break;
            words.Insert(0, text.Substring(tok.Start, tok.Length));
            phraseStart = tok.Start;
            var phrase = string.Join(' ', words);
            if (_titles.TryGet(phrase, out var gender))
            {
                bestPhrase = phrase.ToLowerInvariant();
                bestGender = gender;
                bestStart = tok.Start;
            }
        }

        if (bestPhrase is null) return;
        var lastWordEnd = tokens[t - 1].End;
        context.Facts.Add(new TitleCue(bestStart, lastWordEnd - bestStart, bestPhrase, mention.Start, bestGender));
    }

    private bool IsFollowedByName(string text, Token[] tokens, int t)
    {
        if (t + 1 >= tokens.Length) return false;
        var next = tokens[t + 1];
        if (next.Kind != TokenKind.Word || !char.IsUpper(text[next.Start]) || !OnlySpaceBetween(text, tokens[t].End, next.Start)) return false;
        var word = text.AsSpan(next.Start, next.Length);
        return _lexicon.Classify(word) == WordClass.None && !_nameParts.Contains(word) && !IsAllCaps(word.ToString());
    }

    private bool IsTitleLike(string word) =>
        _nameParts.Contains(word) || _lexicon.Classify(word) != WordClass.None || _titles.TryGet(word, out _) || IsAllCaps(word);

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLower(c));

    private static (string Surname, int Length) WithoutPossessive(string text, Token token)
    {
        var s = text.AsSpan(token.Start, token.Length);
        if (s.Length > 2 && s[^1] == 's' && s[^2] is '\'' or '\u2019') return (s[..^2].ToString(), token.Length - 2);
        return (s.ToString(), token.Length);
    }

    /// <summary>The capitalised word right before token <paramref name="t"/>, separated by spaces only.</summary>
    private static Token? PreviousName(string text, Token[] tokens, int t)
    {
        if (t == 0) return null;
        var prev = tokens[t - 1];
        if (prev.Kind != TokenKind.Word || !char.IsUpper(text[prev.Start])) return null;
        return OnlySpaceBetween(text, prev.End, tokens[t].Start) ? prev : null;
    }

    /// <summary>Whether the words before token <paramref name="t"/> are <paramref name="words"/> without its last.</summary>
    private static bool PrecededBy(string text, Token[] tokens, int t, string[] words, out int start)
    {
        start = tokens[t].Start;
        var k = t;
        for (var w = words.Length - 2; w >= 0; w--)
        {
            k--;
            if (k < 0) return false;
            var tok = tokens[k];
            if (tok.Kind != TokenKind.Word || !OnlySpaceBetween(text, tok.End, tokens[k + 1].Start)) return false;
            if (tok.Length != words[w].Length || string.CompareOrdinal(text, tok.Start, words[w], 0, tok.Length) != 0) return false;
            start = tok.Start;
        }

        return true;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        if (to <= from) return to == from;
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0')) return false;
        }

        return true;
    }
}
