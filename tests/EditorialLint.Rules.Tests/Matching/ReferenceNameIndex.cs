using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The name index as it was before it looked for a particle's dash in a plain loop, kept as the
/// reference its tests compare with. Its description:
/// Finds officials' names in the text, right or wrong: exact forms (canonical, accepted, known
/// misspellings), a right surname after a slipped or transliterated first name ("Anthony Blinken",
/// "Vladimir Zelensky"), and near misses of a surname ("Brinken", "Zelenksy") through a deletion
/// index, so a look-up costs the same whatever the registry's size. Emits <see cref="Mention"/>,
/// <see cref="TitleCue"/> and the mentioned <see cref="Official"/> facts; whether a near miss is
/// reported is for the rules to decide, from the article's other facts.
/// </summary>
internal sealed class ReferenceNameIndex : IScanner
{
    // Length-aware limits: a short surname is only trusted after the official's own first name.
    private const int MinSurnameLength = 3;
    private const int MinSurnameAloneLength = 4;
    private const int MinUnbackedLength = 7;
    private const int MinSimilarGivenSurnameLength = 5;

    private readonly Dictionary<string, List<NameForm>> _byLastWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameForm>>.AlternateLookup<ReadOnlySpan<char>> _byLastWordLookup;
    private readonly Dictionary<string, List<SurnameEntry>> _deletions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SurnameEntry>>.AlternateLookup<ReadOnlySpan<char>> _deletionLookup;
    private readonly Dictionary<int, List<string[]>> _fullForms = [];
    private readonly TitleVocabulary _titles;
    private readonly Lexicon _lexicon;
    private readonly WordList _nameParts;
    private readonly WordList _properNames;
    // One more than the highest official's id: the size of a set of officials by id.
    private readonly int _officialIds;

    /// <summary>Indexes <paramref name="registry"/>; <paramref name="properNames"/> are other people's and places' names.</summary>
    public ReferenceNameIndex(OfficialRegistry registry, TitleVocabulary titles, Lexicon lexicon, WordList nameParts, WordList properNames)
    {
        _properNames = properNames;
        _titles = titles;
        _lexicon = lexicon;
        _nameParts = nameParts;
        foreach (var o in registry.Officials)
        {
            _officialIds = Math.Max(_officialIds, o.Id + 1);
            var full = new List<string[]>();
            _fullForms[o.Id] = full;
            foreach (var form in o.Alternatives.Prepend(o.Name))
            {
                var words = Official.NameWords(form);
                AddForm(new NameForm(o, words, true));
                if (words.Length > 1 && !full.Any(f => f.SequenceEqual(words))) full.Add(words);
                AddSurname(o, words);
            }
        }

        foreach (var o in registry.Officials)
        {
            foreach (var wrong in o.Misspellings) AddForm(new NameForm(o, Official.NameWords(wrong), false));
        }

        _byLastWordLookup = _byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _deletionLookup = _deletions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private void AddSurname(Official o, string[] words)
    {
        var surname = words[^1];
        // A two-letter surname alone ("In" of Moon Jae In, "Un") is a common word far more often than a name.
        if (surname.Length >= 3) AddForm(new NameForm(o, [surname], true));
        var entry = new SurnameEntry(o, surname, NameSpelling.Fold(surname), NameSpelling.Plain(surname), words[..^1]);
        foreach (var d in NameSpelling.Deletions(entry.Key).Concat(NameSpelling.Deletions(entry.PlainKey)))
        {
            if (!_deletions.TryGetValue(d, out var list)) _deletions[d] = list = [];
            if (!list.Contains(entry)) list.Add(entry);
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
        var firstFact = context.Facts.Count;
        var otherPeople = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Mention>();
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || !IsCapitalised(text, token)) continue;
            if (IsFollowedByName(text, tokens, t)) continue; // a first name, the surname comes next
            found.Clear();
            Resolve(text, tokens, t, WithoutPossessive(text, token), otherPeople, found);
            if (found.Count == 0) continue;
            foreach (var mention in found) context.Facts.Add(mention);

            AddTitleCue(context, tokens, t, found[0]);
        }

        AddMentionedOfficials(context.Facts, firstFact);
    }

    /// <summary>Adds each official the mentions after <paramref name="firstFact"/> name, once, in the order first mentioned.</summary>
    private void AddMentionedOfficials(List<object> facts, int firstFact)
    {
        var end = facts.Count;
        if (firstFact == end) return;
        var words = (_officialIds + 63) / 64;
        Span<ulong> seen = words <= 256 ? stackalloc ulong[words] : new ulong[words];
        for (var i = firstFact; i < end; i++)
        {
            if (facts[i] is not Mention mention) continue;
            var id = mention.Official.Id;
            var bit = 1UL << (id & 63);
            if ((seen[id >> 6] & bit) != 0) continue;
            seen[id >> 6] |= bit;
            facts.Add(mention.Official);
        }
    }

    /// <summary>
    /// The mentions the capitalised word <paramref name="t"/> (its first <paramref name="surnameLength"/>
    /// characters, a possessive left out) ends. The word is looked at in place; a string is made of
    /// it only for a mention or a near-miss search, most capitalised words being neither.
    /// </summary>
    private void Resolve(string text, Token[] tokens, int t, int surnameLength, HashSet<string> otherPeople, List<Mention> into)
    {
        var token = tokens[t];
        var surnameEnd = token.Start + surnameLength;

        // The index's own key is the word as written (ordinal keys), so it serves as the surname's string.
        if (_byLastWordLookup.TryGetValue(text.AsSpan(token.Start, surnameLength), out var surname, out var forms))
        {
            // 1. A whole form written out, longest first: "Volodymyr Zelensky", "Jane Psaki".
            NameForm? best = null;
            var bestStart = 0;
            foreach (var form in forms)
            {
                if (form.Words.Length < 2 || (best is not null && form.Words.Length <= best.Words.Length)) continue;
                if (WrittenBefore(text, token.Start, form.Words.AsSpan(0, form.Words.Length - 1), false) is { } found)
                {
                    best = form;
                    bestStart = found.Start;
                }
            }

            if (best is not null)
            {
                var o = best.Official;
                var written = text[bestStart..surnameEnd];
                into.Add(best.IsCorrect
                    ? new Mention(o, bestStart, surnameEnd - bestStart, written, MentionKind.Correct, written, surname, false)
                    : new Mention(o, bestStart, surnameEnd - bestStart, written, MentionKind.Misspelled, o.Name,
                        IsCorrectSurname(forms, surname) ? surname : "", false));
                return;
            }

            // 2. A right surname after a slipped first name: "Anthony Blinken", "Vladimir Zelensky".
            foreach (var form in forms)
            {
                if (form.Words.Length != 1 || !form.IsCorrect) continue;
                var o = form.Official;
                foreach (var full in _fullForms[o.Id])
                {
                    if (full[^1] != surname) continue;
                    if (WrittenBefore(text, token.Start, full.AsSpan(0, full.Length - 1), true) is not { } found
                        || found.Given == GivenNameMatch.Exact) continue;
                    var written = text[found.Start..surnameEnd];
                    // A common surname (Smith, Kelly) after another real first name (Julian, Jon) may be
                    // someone else: the rules want support from the article. "Borris Johnson" is no one else.
                    var firstWritten = written[..written.IndexOf(' ')];
                    var kind = IsKnownName(surname) && IsKnownName(firstWritten) ? MentionKind.NearMiss : MentionKind.Misspelled;
                    into.Add(new Mention(o, found.Start, surnameEnd - found.Start, written, kind, string.Join(' ', full), surname, false));
                    return;
                }
            }

            // 3. The surname alone, or after a title.
            if (!IsAfterGivenName(text, tokens, t))
            {
                foreach (var form in forms)
                {
                    if (form.Words.Length != 1) continue;
                    var o = form.Official;
                    into.Add(form.IsCorrect
                        ? new Mention(o, token.Start, surnameLength, surname, MentionKind.Correct, surname, surname, true)
                        : new Mention(o, token.Start, surnameLength, surname, MentionKind.Misspelled, o.Surname, "", true));
                    return;
                }

                return;
            }

            // Another first name: someone else with this surname (Hunter Biden), unless a near miss fits better.
        }

        NearMiss(text, tokens, t, surnameLength, otherPeople, into);
    }

    /// <summary>Whether the word right before token <paramref name="t"/> is someone's first name (Hunter Biden).</summary>
    private bool IsAfterGivenName(string text, Token[] tokens, int t) =>
        PreviousWord(text, tokens, t) is { } given && IsGivenName(text.AsSpan(given.Start, given.Length));

    /// <summary>A surname nobody listed, one slip from a registry surname: "Zelenksy", "Brinken", "Psacki".</summary>
    private void NearMiss(string text, Token[] tokens, int t, int surnameLength, HashSet<string> otherPeople, List<Mention> into)
    {
        var token = tokens[t];
        var surnameEnd = token.Start + surnameLength;
        var written = text.AsSpan(token.Start, surnameLength);
        if (IsContraction(written) || IsAllCaps(written) || _nameParts.Contains(written) || ClassifyWord(written) != WordClass.None) return;
        Span<char> plainBuffer = written.Length <= 64 ? stackalloc char[2 * written.Length] : new char[2 * written.Length];
        var plainLength = NameSpelling.PlainInto(written, plainBuffer);
        if (plainLength < MinSurnameLength) return;
        // Looked at only now: most capitalised words are common words, rejected above.
        var byOtherName = IsAfterGivenName(text, tokens, t);
        // A real name of someone or somewhere (Kerry, Austen, Ireland) is never guessed to be a slip.
        if (IsKnownName(written))
        {
            if (byOtherName) otherPeople.Add(written.ToString());
            return;
        }

        var surname = written.ToString();
        var plain = new string(plainBuffer[..plainLength]);
        var key = NameSpelling.Fold(surname);
        List<(SurnameEntry Entry, int Distance)>? candidates = null;
        AddCandidates(key, key, plain, surname, ref candidates);
        if (plain != key) AddCandidates(plain, key, plain, surname, ref candidates);

        if (candidates is null) return;
        candidates.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Entry.Official.Id.CompareTo(b.Entry.Official.Id));

        // The official's own first name (and middle words) before it: "Volodymyr Zelenksy", "Troels Lund Pouslen".
        foreach (var (c, _) in candidates)
        {
            if (c.Before.Length == 0) continue;
            if (WrittenBefore(text, token.Start, c.Before, true) is not { } found) continue;
            // After the exact first name a surname slip is an error, unless that first word is a family
            // name many share (Li Qiang). With two slips at once (Anthony Brinken) the first name must
            // be spelled nearly right, the surname long and not another family's form (Seo-yeon Marini
            // is not Sanna Marin).
            if (found.Given != GivenNameMatch.Exact && key != c.Key && IsOtherForm(plain, c.PlainKey)) continue;
            var sure = found.Given switch
            {
                GivenNameMatch.Exact => !c.Official.FamilyNameFirst,
                GivenNameMatch.Spelled => plain.Length >= MinSimilarGivenSurnameLength,
                _ => false,
            };
            var expected = string.Join(' ', c.Before) + " " + c.Surname;
            into.Add(new Mention(c.Official, found.Start, surnameEnd - found.Start, text[found.Start..surnameEnd],
                sure ? MentionKind.Misspelled : MentionKind.NearMiss, expected, "", false));
            return;
        }

        // Someone else's first name before it: another person (Olena Zelenska), now and later in the article.
        if (byOtherName)
        {
            otherPeople.Add(surname);
            return;
        }

        if (plain.Length < MinSurnameAloneLength || otherPeople.Contains(surname)) return;
        // People rarely slip on a name's first letter; a different one is more likely another word (Saarland, Garland).
        // One mention per official it may be: the rules pick the one the article backs.
        var first = plain[0];
        var start = into.Count;
        foreach (var (c, _) in candidates)
        {
            if (c.PlainKey[0] != first || c.PlainKey.Length < MinSurnameAloneLength || (key != c.Key && IsOtherForm(plain, c.PlainKey))
                || into.Skip(start).Any(m => m.Official == c.Official)) continue;
            into.Add(new Mention(c.Official, token.Start, surnameLength, surname, MentionKind.NearMiss, c.Surname, "", true));
        }

        if (into.Count == start + 1 && plain.Length >= MinUnbackedLength)
            into[start] = new Mention(into[start].Official, token.Start, surnameLength, surname, MentionKind.NearMiss, into[start].Expected, "", true)
            {
                Confident = true,
            };
    }

    /// <summary>
    /// Registry surnames within one edit of <paramref name="probe"/>: the probe and each of its
    /// one-letter deletions looked up in the deletion index (no strings built per look-up).
    /// </summary>
    private void AddCandidates(string probe, string key, string plain, string surname, ref List<(SurnameEntry Entry, int Distance)>? candidates)
    {
        Span<char> buffer = probe.Length <= 64 ? stackalloc char[probe.Length] : new char[probe.Length];
        for (var skip = -1; skip < probe.Length; skip++)
        {
            scoped ReadOnlySpan<char> variant = probe;
            if (skip >= 0)
            {
                probe.AsSpan(0, skip).CopyTo(buffer);
                probe.AsSpan(skip + 1).CopyTo(buffer[skip..]);
                variant = buffer[..(probe.Length - 1)];
            }

            if (!_deletionLookup.TryGetValue(variant, out var list)) continue;
            foreach (var c in list)
            {
                if (c.Surname == surname || (candidates is not null && candidates.Exists(x => x.Entry == c))) continue;
                // Only one edit as written counts, or a pure transliteration (equal once folded):
                // "Hoffmann" folds one edit from "Homan" but is three letters away, another name.
                var distance = key == c.Key ? 0 : NameSpelling.Distance(plain, c.PlainKey, 1);
                if (distance > 1) continue;
                candidates ??= [];
                candidates.Add((c, distance));
            }
        }
    }

    /// <summary>The title right before <paramref name="mention"/>, which ends with token <paramref name="last"/>, if there is one.</summary>
    private void AddTitleCue(ScanContext context, Token[] tokens, int last, Mention mention)
    {
        var text = context.Text;
        var t = TokenStartingAt(tokens, last, mention.Start);
        if (t <= 0) return;
        var first = Math.Max(0, t - _titles.LongestPhraseWords);
        var room = 0;
        for (var k = first; k < t; k++) room += tokens[k].Length + 1;
        // The phrase grows leftwards a word at a time, its words joined by single spaces, written
        // from the end of the buffer backwards so that each longer phrase ends where the last one did.
        Span<char> buffer = room <= 256 ? stackalloc char[room] : new char[room];
        var phraseStart = buffer.Length;
        var bestLength = 0;
        string? bestGender = null;
        var bestStart = -1;
        var textStart = mention.Start;
        for (var k = t - 1; k >= first; k--)
        {
            var tok = tokens[k];
            if (tok.Kind != TokenKind.Word || !OnlySpaceBetween(text, tok.End, textStart)) break;
            if (phraseStart < buffer.Length) buffer[--phraseStart] = ' ';
            phraseStart -= tok.Length;
            text.AsSpan(tok.Start, tok.Length).CopyTo(buffer[phraseStart..]);
            textStart = tok.Start;
            var fit = _titles.Fit(buffer[phraseStart..], out var gender);
            if (fit == TitleFit.None) break; // no longer phrase is a title either
            if (fit == TitleFit.Title)
            {
                bestLength = buffer.Length - phraseStart;
                bestGender = gender;
                bestStart = tok.Start;
            }
        }

        if (bestStart < 0) return;
        var bestPhrase = new string(buffer[^bestLength..]).ToLowerInvariant();
        context.Facts.Add(new TitleCue(bestStart, tokens[t - 1].End - bestStart, bestPhrase, mention.Start, bestGender));
    }

    /// <summary>
    /// The token that starts at <paramref name="start"/>, or -1 when the offset is inside one: tokens
    /// come sorted, and a mention starts a few words before its last token, so a walk back from there.
    /// </summary>
    private static int TokenStartingAt(Token[] tokens, int last, int start)
    {
        var t = last;
        while (t > 0 && tokens[t].Start > start) t--;
        return tokens[t].Start == start ? t : -1;
    }

    private bool IsFollowedByName(string text, Token[] tokens, int t)
    {
        if (t + 1 >= tokens.Length) return false;
        var current = text.AsSpan(tokens[t].Start, tokens[t].Length);
        if (current.Length > 2 && current[^2] is '\'' or '\u2019') return false; // "Ukraine's Zelensky"
        var next = tokens[t + 1];
        if (next.Kind != TokenKind.Word || !char.IsUpper(text[next.Start]) || !OnlySpaceBetween(text, tokens[t].End, next.Start)) return false;
        var word = text.AsSpan(next.Start, WithoutPossessive(text, next));
        if (word is "Jr" or "Sr" or "II" or "III" or "IV") return false; // "Kennedy Jr.": the surname is this one
        if (word.Length >= 3 && _byLastWordLookup.TryGetValue(word, out _)) return true; // "Hossein Salami": a registry surname, even if also a word
        return !IsAllCaps(word) && _lexicon.Classify(word) == WordClass.None && !_nameParts.Contains(word);
    }

    /// <summary>Whether a capitalised word right before a surname is a first name (Hunter, Olena), not a title or a common word.</summary>
    private bool IsGivenName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || IsAllCaps(word) || word[^1] == '.' || _nameParts.Contains(word) || _titles.TryGet(word, out _)) return false;
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) return false;
        // Bill, Mark and Rose are names too; As, May and Will before a surname are more likely words.
        var cls = _lexicon.Classify(word);
        return cls == WordClass.None || ((cls & WordClass.Proper) != 0 && (cls & WordClass.Function) == 0);
    }

    private bool IsKnownName(ReadOnlySpan<char> surname) => _properNames.Contains(surname);

    /// <summary>The word's classes in the lexicon, a typographic apostrophe read as a straight one.</summary>
    private WordClass ClassifyWord(ReadOnlySpan<char> word)
    {
        if (!word.Contains('\u2019')) return _lexicon.Classify(word);
        Span<char> straight = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.Replace(straight, '\u2019', '\'');
        return _lexicon.Classify(straight);
    }

    private static bool IsCorrectSurname(List<NameForm> forms, string surname) =>
        forms.Any(f => f.IsCorrect && f.Words.Length == 1 && f.Words[0] == surname);

    /// <summary>A word with an apostrophe before a lower-case letter: We've, Ma'am, I'll (O'Brien keeps its capital).</summary>
    private static bool IsContraction(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is '\'' or '\u2019' && char.IsLower(word[i + 1])) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether two surnames differ only in a final vowel: the other gender's form (Zakharov and
    /// Zakharova, Zelensky and Zelenska) or another family name (Pellegrino, Pellegrini).
    /// </summary>
    private static bool IsOtherForm(string written, string registry)
    {
        var (shorter, longer) = written.Length <= registry.Length ? (written, registry) : (registry, written);
        if (longer.Length == shorter.Length + 1)
            return IsVowelLike(longer[^1]) && longer.StartsWith(shorter, StringComparison.Ordinal);
        return longer.Length == shorter.Length && IsVowelLike(longer[^1]) && IsVowelLike(shorter[^1])
            && longer.AsSpan(0, longer.Length - 1).SequenceEqual(shorter.AsSpan(0, shorter.Length - 1));
    }

    private static bool IsVowelLike(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Capitalised, or a lower-case particle before a capital (al-Assad, el-Sisi).</summary>
    private static bool IsCapitalised(string text, Token token)
    {
        if (char.IsUpper(text[token.Start])) return true;
        // The particle's dash is at most three letters in, so only the first four characters are looked at.
        var dash = text.AsSpan(token.Start, Math.Min(token.Length, 4)).IndexOf('-');
        return dash > 0 && dash + 1 < token.Length && char.IsUpper(text[token.Start + dash + 1]);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        if (word.Length <= 1) return false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    /// <summary>The length of the word <paramref name="token"/> without a possessive 's.</summary>
    private static int WithoutPossessive(string text, Token token)
    {
        var s = text.AsSpan(token.Start, token.Length);
        return s.Length > 2 && s[^1] == 's' && s[^2] is '\'' or '\u2019' ? token.Length - 2 : token.Length;
    }

    /// <summary>The capitalised word right before token <paramref name="t"/>, separated by spaces only.</summary>
    private static Token? PreviousWord(string text, Token[] tokens, int t)
    {
        if (t == 0) return null;
        var prev = tokens[t - 1];
        if (prev.Kind != TokenKind.Word || !char.IsUpper(text[prev.Start])) return null;
        return OnlySpaceBetween(text, prev.End, tokens[t].Start) ? prev : null;
    }

    /// <summary>
    /// Whether <paramref name="words"/> are written right before <paramref name="end"/>, separated by
    /// spaces: all exactly, or (when <paramref name="similarFirst"/>) the first one a similar first
    /// name. Gives where they start and how the first word matched.
    /// </summary>
    private static (int Start, GivenNameMatch Given)? WrittenBefore(string text, int end, ReadOnlySpan<string> words, bool similarFirst)
    {
        var pos = end;
        for (var w = words.Length - 1; w >= 0; w--)
        {
            var space = pos;
            while (space > 0 && text[space - 1] is ' ' or '\u00A0') space--;
            if (space == pos || space == 0) return null;
            pos = space;
            var word = words[w];
            if (w > 0 || !similarFirst)
            {
                if (pos < word.Length || string.CompareOrdinal(text, pos - word.Length, word, 0, word.Length) != 0) return null;
                pos -= word.Length;
                if (pos > 0 && (char.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] is '-' or '.' or '\'' or '\u2019')) return null;
                continue;
            }

            var start = pos;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '\u2019')) start--;
            if (start == pos || !char.IsUpper(text[start])) return null;
            if (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] == '.')) return null;
            var match = NameSpelling.MatchGivenNames(text.AsSpan(start, pos - start), word);
            return match == GivenNameMatch.None ? null : (start, match);
        }

        return (pos, GivenNameMatch.Exact);
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

    /// <summary>One surname of one official, with the words that come before it in that form.</summary>
    private sealed record SurnameEntry(Official Official, string Surname, string Key, string PlainKey, string[] Before)
    {
        public bool Equals(SurnameEntry? other) =>
            other is not null && Official == other.Official && Surname == other.Surname && Before.AsSpan().SequenceEqual(other.Before);

        public override int GetHashCode() => HashCode.Combine(Official.Id, Surname, Before.Length);
    }
}
