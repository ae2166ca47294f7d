using System.Text;
using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Tests.Officials;

/// <summary>
/// The name keys are built in place in a buffer; they must stay what the plain string form built
/// (kept here as the reference), for every name in the registry and for generated words full of
/// digraphs, accents, ligatures and punctuation.
/// </summary>
public class NameSpellingReferenceTests
{
    private static readonly Lazy<string[]> Words = new(() =>
    {
        var registry = OfficialRegistry.Parse("rules/officials.yaml", File.ReadAllText(RepositoryRoot.Combine("rules", "officials.yaml")));
        var names = registry.Officials
            .SelectMany(o => o.Alternatives.Concat(o.Misspellings).Prepend(o.Name))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        const string letters = "aeiouyw phckthkhxqzgjs ßæœþÆŒÞáÁéÈñÑøŁłžŽçıİ'’-.PHCKTHXYW0";
        var random = new Random(12345);
        var generated = Enumerable.Range(0, 5000).Select(_ =>
        {
            var chars = new char[random.Next(0, 14)];
            for (var i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
            return new string(chars);
        });
        return names.Concat(generated).Concat(["", "X", "xx", "Ppphhh", "Xavier", "Wwoww", new string('ß', 70), new string('x', 90)])
            .Distinct(StringComparer.Ordinal).ToArray();
    });

    [Fact]
    public void Plain_Fold_AndSkeleton_AreWhatTheStringFormsBuilt()
    {
        foreach (var word in Words.Value)
        {
            Assert.Equal(ReferencePlain(word), NameSpelling.Plain(word));
            Assert.Equal(ReferenceFold(word), NameSpelling.Fold(word));
            Assert.Equal(ReferenceFold(word), NameSpelling.Fold(word.AsSpan()));
            Assert.Equal(ReferenceSkeleton(word), NameSpelling.Skeleton(word));
        }
    }

    [Fact]
    public void MatchGivenNames_IsWhatTheStringFormDecided()
    {
        var words = Words.Value;
        var random = new Random(54321);
        for (var i = 0; i < 20000; i++)
        {
            var written = words[random.Next(words.Length)];
            // Half the pairs are near each other, so that every kind of match is met, not only None.
            var canonical = i % 2 == 0 ? words[random.Next(words.Length)] : Slip(written, random);
            Assert.Equal(ReferenceMatch(written, canonical), NameSpelling.MatchGivenNames(written.AsSpan(), canonical));
            Assert.Equal(ReferenceMatch(written, canonical), NameSpelling.MatchGivenNames(written, canonical));
        }
    }

    [Theory]
    [InlineData("Vladimir", "Volodymyr", GivenNameMatch.Sounds)]
    [InlineData("Alexander", "Oleksandr", GivenNameMatch.Sounds)]
    [InlineData("Antony", "Anthony", GivenNameMatch.Spelled)]
    [InlineData("Jen", "Jen", GivenNameMatch.Exact)]
    [InlineData("Simon", "Yasmin", GivenNameMatch.None)]
    public void MatchGivenNames_OnASpanOfText_ReadsOnlyThatSpan(string name, string canonical, GivenNameMatch expected)
    {
        var text = "said " + name + " Smith";
        Assert.Equal(expected, NameSpelling.MatchGivenNames(text.AsSpan(5, name.Length), canonical));
    }

    private static string Slip(string word, Random random)
    {
        if (word.Length == 0) return "a";
        var chars = word.ToCharArray();
        var i = random.Next(chars.Length);
        chars[i] = "aeiouxkcsw"[random.Next(10)];
        return new string(chars);
    }

    private static string ReferencePlain(string name)
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

    private static string ReferenceFold(string name)
    {
        var s = ReferencePlain(name)
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

    private static string ReferenceSkeleton(string name)
    {
        var s = ReferencePlain(name)
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

    private static GivenNameMatch ReferenceMatch(string written, string canonical)
    {
        if (written.Equals(canonical, StringComparison.Ordinal)) return GivenNameMatch.Exact;
        var a = ReferenceFold(written);
        var b = ReferenceFold(canonical);
        if (a.Length == 0 || b.Length == 0) return GivenNameMatch.None;
        if (a == b || (Math.Min(a.Length, b.Length) >= 2 && NameSpelling.Distance(a, b, 1) <= 1)) return GivenNameMatch.Spelled;
        var sa = ReferenceSkeleton(written);
        return sa.Length >= 2 && sa == ReferenceSkeleton(canonical) && FirstSound(a[0]) == FirstSound(b[0]) ? GivenNameMatch.Sounds : GivenNameMatch.None;
    }

    private static char FirstSound(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' => 'a',
        'c' or 'k' or 'q' => 'k',
        'g' or 'h' or 'j' => 'g',
        _ => c,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
