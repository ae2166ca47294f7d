using System.Globalization;
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
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (!char.IsLetter(ch)) continue;
            sb.Append(char.ToLowerInvariant(ch));
        }

        var s = sb.ToString()
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
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit) return limit + 1;
            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[b.Length];
    }

    /// <summary>Whether two first names are the same name spelled differently (Anthony/Antony, Stephen/Steven).</summary>
    public static bool SimilarGivenNames(string written, string canonical)
    {
        if (written.Equals(canonical, StringComparison.OrdinalIgnoreCase)) return true;
        var a = Fold(written);
        var b = Fold(canonical);
        if (a == b) return true;
        return Math.Min(a.Length, b.Length) >= 4 && Distance(a, b, 1) <= 1;
    }

    /// <summary>The single-deletion neighbourhood of a folded key, itself included.</summary>
    public static IEnumerable<string> Deletions(string key)
    {
        yield return key;
        for (var i = 0; i < key.Length; i++)
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
    }
}
