namespace EditorialLint.Rules.Officials;

/// <summary>
/// How names are compared: a folded key that forgets case, diacritics, doubled letters and the
/// usual transliteration swaps (y/i, w/v, ph/f, ck/k, th/t, kh/h), and a bounded edit distance
/// that counts a transposition as one edit.
/// </summary>
public static class NameSpelling
{
    // Names longer than this many characters get their working buffers from the heap, not the stack.
    private const int StackLimit = 64;

    /// <summary>The folded key of a name.</summary>
    public static string Fold(string name) => Fold(name.AsSpan());

    /// <inheritdoc cref="Fold(string)"/>
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> key = name.Length <= StackLimit ? stackalloc char[2 * name.Length] : new char[2 * name.Length];
        return new string(key[..FoldInto(name, key)]);
    }

    /// <summary>
    /// Writes the folded key of <paramref name="name"/> to <paramref name="into"/>, which must hold
    /// twice the name's length (a letter such as ß becomes two); gives the key's length.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> name, Span<char> into)
    {
        var length = PlainInto(name, into);
        length = ReplacePair(into[..length], 'p', 'h', 'f');
        length = ReplacePair(into[..length], 'c', 'k', 'k');
        length = ReplacePair(into[..length], 't', 'h', 't');
        length = ReplacePair(into[..length], 'k', 'h', 'h');
        // y is i and w is v; then doubled letters collapse, in place (the write position never passes the read one).
        var collapsed = 0;
        for (var i = 0; i < length; i++)
        {
            var c = into[i] switch
            {
                'y' => 'i',
                'w' => 'v',
                var other => other,
            };
            if (collapsed == 0 || into[collapsed - 1] != c) into[collapsed++] = c;
        }

        return collapsed;
    }

    /// <summary>
    /// Optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>, or
    /// <paramref name="limit"/> + 1 once it is certain to exceed the limit.
    /// </summary>
    public static int Distance(string a, string b, int limit) => Distance(a.AsSpan(), b.AsSpan(), limit);

    /// <inheritdoc cref="Distance(string, string, int)"/>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var n = b.Length + 1;
        // Three rows (two back for transpositions), rotated by offset; names are short, so on the stack.
        Span<int> rows = n <= 64 ? stackalloc int[3 * n] : new int[3 * n];
        int prev2 = 0, prev = n, cur = 2 * n;
        for (var j = 0; j < n; j++) rows[prev + j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            rows[cur] = i;
            var rowMin = i;
            for (var j = 1; j < n; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(rows[prev + j] + 1, rows[cur + j - 1] + 1), rows[prev + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, rows[prev2 + j - 2] + 1);
                rows[cur + j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit) return limit + 1;
            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return rows[prev + b.Length];
    }

    /// <summary>
    /// Whether two first names are the same name spelled or transliterated differently: equal once
    /// folded (Nicky/Nikki), one slip apart (Anthony/Antony, Jon/John, Karoline/Caroline), or with the
    /// same consonant skeleton (Volodymyr/Vladimir, Oleksii/Aleksei, Geoffrey/Jeffrey, Kathryn/Catherine).
    /// </summary>
    public static bool SimilarGivenNames(string written, string canonical) => MatchGivenNames(written, canonical) != GivenNameMatch.None;

    /// <summary>How close a written first name is to an official's: see <see cref="GivenNameMatch"/>.</summary>
    public static GivenNameMatch MatchGivenNames(string written, string canonical) => MatchGivenNames(written.AsSpan(), canonical);

    /// <inheritdoc cref="MatchGivenNames(string, string)"/>
    public static GivenNameMatch MatchGivenNames(ReadOnlySpan<char> written, string canonical)
    {
        if (written.SequenceEqual(canonical)) return GivenNameMatch.Exact;
        Span<char> a = written.Length <= StackLimit ? stackalloc char[2 * written.Length] : new char[2 * written.Length];
        Span<char> b = canonical.Length <= StackLimit ? stackalloc char[2 * canonical.Length] : new char[2 * canonical.Length];
        a = a[..FoldInto(written, a)];
        b = b[..FoldInto(canonical, b)];
        if (a.Length == 0 || b.Length == 0) return GivenNameMatch.None;
        if (a.SequenceEqual(b) || (Math.Min(a.Length, b.Length) >= 2 && Distance(a, b, 1) <= 1)) return GivenNameMatch.Spelled;
        if (FirstSound(a[0]) != FirstSound(b[0])) return GivenNameMatch.None;
        Span<char> sa = written.Length <= StackLimit ? stackalloc char[4 * written.Length] : new char[4 * written.Length];
        Span<char> sb = canonical.Length <= StackLimit ? stackalloc char[4 * canonical.Length] : new char[4 * canonical.Length];
        sa = sa[..SkeletonInto(written, sa)];
        return sa.Length >= 2 && sa.SequenceEqual(sb[..SkeletonInto(canonical, sb)]) ? GivenNameMatch.Sounds : GivenNameMatch.None;
    }

    // The skeleton forgets vowels and soft consonants; the first sound must still agree, or
    // Simon and Yasmin would be one name. Vowels (and y) are one sound, as are c/k/q and g/h/j.
    private static char FirstSound(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' => 'a',
        'c' or 'k' or 'q' => 'k',
        'g' or 'h' or 'j' => 'g',
        _ => c,
    };

    /// <summary>
    /// The consonant skeleton of a first name: folded, consonants that spell one sound merged
    /// (c/k/q, ch/k, kh/k, ph/f, x/ks, z/s, w/v), vowels, y, h, g and j dropped (Ukrainian h is
    /// Russian g; English j and soft g sound alike), doubles collapsed. Vladimir and Volodymyr share one.
    /// </summary>
    public static string Skeleton(string name)
    {
        Span<char> skeleton = name.Length <= StackLimit ? stackalloc char[4 * name.Length] : new char[4 * name.Length];
        return new string(skeleton[..SkeletonInto(name, skeleton)]);
    }

    /// <summary>
    /// Writes the skeleton of <paramref name="name"/> to <paramref name="into"/>, which must hold four
    /// times the name's length (ß is two letters, and x two more); gives the skeleton's length.
    /// </summary>
    private static int SkeletonInto(ReadOnlySpan<char> name, Span<char> into)
    {
        // The letters are spelled out in the buffer's upper half and the skeleton written from its
        // start: at most two letters are written per letter read, so writing never reaches a letter
        // not yet read.
        var s = into[(2 * name.Length)..];
        var length = PlainInto(name, s);
        length = ReplacePair(s[..length], 'p', 'h', 'f');
        length = ReplacePair(s[..length], 'c', 'h', 'k');
        length = ReplacePair(s[..length], 'k', 'h', 'k');
        length = ReplacePair(s[..length], 'c', 'k', 'k');
        length = ReplacePair(s[..length], 't', 'h', 't');
        var written = 0;
        var previous = '\0';
        for (var i = 0; i < length; i++)
        {
            // x is spelled ks: two letters, each taken as if the text had them.
            var (first, second) = s[i] == 'x' ? ('k', 's') : (s[i], '\0');
            Append(first, ref previous, into, ref written);
            if (second != '\0') Append(second, ref previous, into, ref written);
        }

        return written;

        static void Append(char letter, ref char previous, Span<char> into, ref int written)
        {
            var c = letter switch
            {
                'c' or 'q' => 'k',
                'z' => 's',
                'w' => previous != '\0' && IsVowel(previous) ? 'a' : 'v',
                _ => letter,
            };
            previous = letter;
            if (IsVowel(c) || c is 'y' or 'h' or 'g' or 'j') return;
            if (written == 0 || into[written - 1] != c) into[written++] = c;
        }
    }

    /// <summary>
    /// Replaces each pair <paramref name="first"/><paramref name="second"/> in <paramref name="s"/> with
    /// <paramref name="replacement"/>, left to right, as <see cref="string.Replace(string, string, StringComparison)"/>
    /// does; gives the new length.
    /// </summary>
    private static int ReplacePair(Span<char> s, char first, char second, char replacement)
    {
        var written = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == first && i + 1 < s.Length && s[i + 1] == second)
            {
                s[written++] = replacement;
                i++;
            }
            else
            {
                s[written++] = s[i];
            }
        }

        return written;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// The plain key of a name: lower case, letters only, diacritics dropped, nothing else merged, so
    /// that a slip that breaks a digraph ("Ramapohsa") is still one edit from the name.
    /// </summary>
    public static string Plain(string name)
    {
        Span<char> plain = name.Length <= StackLimit ? stackalloc char[2 * name.Length] : new char[2 * name.Length];
        return new string(plain[..PlainInto(name, plain)]);
    }

    /// <summary>
    /// Writes the plain key of <paramref name="name"/> to <paramref name="into"/>, which must hold
    /// twice the name's length (ß, æ, œ and þ become two letters); gives the key's length.
    /// </summary>
    public static int PlainInto(ReadOnlySpan<char> name, Span<char> into)
    {
        var length = 0;
        foreach (var ch in name)
        {
            if (!char.IsLetter(ch)) continue;
            var c = char.ToLowerInvariant(ch);
            if (c < 0x80)
            {
                into[length++] = c;
                continue;
            }

            var pair = c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                _ => null,
            };
            if (pair is null)
            {
                into[length++] = Unaccented(c);
                continue;
            }

            into[length++] = pair[0];
            into[length++] = pair[1];
        }

        return length;
    }

    // Spelled out rather than decomposed: the tool runs with invariant globalization, where
    // Unicode normalization leaves non-ASCII text as it is.
    private static char Unaccented(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'č' or 'ĉ' or 'ċ' => 'c',
        'ď' or 'đ' or 'ð' => 'd',
        'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' or 'ĕ' => 'e',
        'ğ' or 'ģ' or 'ĝ' or 'ġ' => 'g',
        'ĥ' or 'ħ' => 'h',
        'í' or 'ì' or 'î' or 'ï' or 'ī' or 'į' or 'ı' or 'ĩ' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' or 'ļ' or 'ľ' or 'ł' or 'ŀ' => 'l',
        'ñ' or 'ń' or 'ņ' or 'ň' => 'n',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ō' or 'ő' => 'o',
        'ŕ' or 'ř' or 'ŗ' => 'r',
        'ś' or 'ş' or 'š' or 'ș' or 'ŝ' => 's',
        'ţ' or 'ť' or 'ț' or 'ŧ' => 't',
        'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' or 'ų' or 'ũ' => 'u',
        'ŵ' => 'w',
        'ý' or 'ÿ' or 'ŷ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        _ => c,
    };

    /// <summary>The single-deletion neighbourhood of a folded key, itself included.</summary>
    public static IEnumerable<string> Deletions(string key)
    {
        yield return key;
        for (var i = 0; i < key.Length; i++)
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
    }
}
