using System.Text;

namespace EditorialLint.Rules.Officials;

/// <summary>
/// How names are compared: a folded key that forgets case, diacritics, doubled letters and the
/// usual transliteration swaps (y/i, w/v, ph/f, ck/k, th/t, kh/h), and a bounded edit distance
/// that counts a transposition as one edit.
/// </summary>
public static class NameSpelling
{
    /// <summary>The folded key of a name.</summary>
    public static string Fold(string name)
    {
        var s = Plain(name)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("th", "t", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace('y', 'i')
            .Replace('w', 'v');
        var collapsed = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (collapsed.Length == 0 || collapsed[^1] != ch) collapsed.Append(ch);
        }

        return collapsed.ToString();
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
    public static GivenNameMatch MatchGivenNames(string written, string canonical)
    {
        if (written.Equals(canonical, StringComparison.Ordinal)) return GivenNameMatch.Exact;
        var a = Fold(written);
        var b = Fold(canonical);
        if (a.Length == 0 || b.Length == 0) return GivenNameMatch.None;
        if (a == b || (Math.Min(a.Length, b.Length) >= 2 && Distance(a, b, 1) <= 1)) return GivenNameMatch.Spelled;
        var sa = Skeleton(written);
        return sa.Length >= 2 && sa == Skeleton(canonical) && FirstSound(a[0]) == FirstSound(b[0]) ? GivenNameMatch.Sounds : GivenNameMatch.None;
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
        var s = Plain(name)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ch", "k", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("th", "t", StringComparison.Ordinal)
            .Replace("x", "ks", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i] switch
            {
                'c' or 'q' => 'k',
                'z' => 's',
                'w' => i > 0 && IsVowel(s[i - 1]) ? 'a' : 'v',
                _ => s[i],
            };
            if (IsVowel(c) || c is 'y' or 'h' or 'g' or 'j') continue;
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// The plain key of a name: lower case, letters only, diacritics dropped, nothing else merged, so
    /// that a slip that breaks a digraph ("Ramapohsa") is still one edit from the name.
    /// </summary>
    public static string Plain(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (!char.IsLetter(ch)) continue;
            var c = char.ToLowerInvariant(ch);
            if (c < 0x80)
            {
                sb.Append(c);
                continue;
            }

            // Spelled out rather than decomposed: the tool runs with invariant globalization, where
            // Unicode normalization leaves non-ASCII text as it is.
            sb.Append(c switch
            {
                'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' or 'ă' or 'ą' => "a",
                'ç' or 'ć' or 'č' or 'ĉ' or 'ċ' => "c",
                'ď' or 'đ' or 'ð' => "d",
                'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' or 'ĕ' => "e",
                'ğ' or 'ģ' or 'ĝ' or 'ġ' => "g",
                'ĥ' or 'ħ' => "h",
                'í' or 'ì' or 'î' or 'ï' or 'ī' or 'į' or 'ı' or 'ĩ' => "i",
                'ĵ' => "j",
                'ķ' => "k",
                'ĺ' or 'ļ' or 'ľ' or 'ł' or 'ŀ' => "l",
                'ñ' or 'ń' or 'ņ' or 'ň' => "n",
                'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ō' or 'ő' => "o",
                'ŕ' or 'ř' or 'ŗ' => "r",
                'ś' or 'ş' or 'š' or 'ș' or 'ŝ' => "s",
                'ţ' or 'ť' or 'ț' or 'ŧ' => "t",
                'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' or 'ų' or 'ũ' => "u",
                'ŵ' => "w",
                'ý' or 'ÿ' or 'ŷ' => "y",
                'ź' or 'ż' or 'ž' => "z",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>The single-deletion neighbourhood of a folded key, itself included.</summary>
    public static IEnumerable<string> Deletions(string key)
    {
        yield return key;
        for (var i = 0; i < key.Length; i++)
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
    }
}
