using System.Text;
using System.Text.Json;
using EditorialLint.Rules.Packs;
using FsCheck;
using FsCheck.Fluent;

namespace EditorialLint.Rules.Tests.Reliability;

/// <summary>
/// An article's text built from parts, for property tests: prose, the shipped rules' own bad
/// examples and seed-article lines (so rules fire and fixes apply), and damage of every kind
/// (surrogate pairs, lone surrogates, combining marks, right-to-left scripts, NUL and other
/// controls, lone CR, CRLF, very long lines, runs of quotes and punctuation). Shrinks by dropping parts.
/// </summary>
public sealed class HostileText
{
    public HostileText(IReadOnlyList<string> parts)
    {
        Parts = parts;
        Text = string.Concat(parts);
    }

    public IReadOnlyList<string> Parts { get; }

    public string Text { get; }

    /// <summary>The text as a JSON string, so a counterexample can be pasted into a test; long ones are cut.</summary>
    public override string ToString() =>
        Text.Length <= 4_000 ? JsonSerializer.Serialize(Text) : $"{JsonSerializer.Serialize(Text[..4_000])} (and {Text.Length - 4_000} more characters)";

    private static readonly string[] Words =
    [
        "the", "said", "on", "Tuesday", "President", "minister", "Kyiv", "Washington", "Jen Psaki", "Jane Psaki",
        "Volodymyr Zelensky", "Zelenskyy", "White House", "press secretary", "according to", "percent", "2.1%",
        "U.S.", "a.m.", "etc.", "Mr.", "teh", "e-mail", "email", "Read more", "Advertisement", "Share this article",
        "\u00e9t\u00e9", "na\u00efve", "Stra\u00dfe", "\u0130stanbul",
    ];

    private static readonly string[] Damage =
    [
        // Right-to-left scripts and bidirectional controls.
        "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645", "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",
        "\u202e", "\u202c", "\u200f", "\u200e", "\u2066", "\u2069",
        // Zero-width and invisible characters, the byte-order mark in the middle of text.
        "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u00a0", "\u2009", "\u3000",
        // Surrogate pairs, and halves of them alone.
        "\U0001F600", "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001D400", "\U00020000", "\ud83d", "\ude00", "\udfff\ud800",
        // Combining marks, stacked.
        "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "\u0301", "\u20dd", "\u0338",
        // Line breaks of every kind.
        "\n", "\r\n", "\r", "\n\n", "\r\r\n", "\u2028", "\u2029", "\u0085", "\f", "\v",
        // NUL and other controls.
        "\0", "\u0001", "\u001b[31m", "\u007f", "\u0080", "\ufffd", "\uffff", "\ufffe",
        // Quotes and punctuation, alone and in runs.
        "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u2039", "\u203a",
        "\u2026", "...", "\u2014", "\u2013", "-", "--", " .", " ,", ",,", "..", "?!", "!!", ";;", "::", "( ", " )", "[", "]",
        "\u201c \u201d", "\"\"\"\"", "''''", ".,;:!?", "\u2019\u2019\u2019", "(((", ")))",
        // Scraper residue and mojibake.
        "&nbsp;", "&amp;", "<p>", "</div>", "\u00e2\u20ac\u2122", "\u00c3\u00a9", "Continue reading\u2026", "\u00a9 2024",
    ];

    private static readonly Lazy<string[]> Seeds = new(LoadSeeds);

    /// <summary>Any UTF-16 code unit, lone surrogates and NUL included.</summary>
    public static Gen<string> AnyCodeUnits =>
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), n)).Select(cs => new string(cs));

    /// <summary>Letters and marks from across the Unicode planes, as valid UTF-16.</summary>
    public static Gen<string> AnyScalars =>
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
                (4, Gen.Choose(0x20, 0x2FF)),
                (2, Gen.Choose(0x300, 0xD7FF)),
                (1, Gen.Choose(0xE000, 0xFFFD)),
                (1, Gen.Choose(0x10000, 0x10FFFF))), n))
            .Select(cps => string.Concat(cps.Select(char.ConvertFromUtf32)));

    /// <summary>One line of 2,000 to 40,000 characters with no line break.</summary>
    public static Gen<string> LongLine =>
        Gen.Zip(Gen.Elements(Words), Gen.Choose(2_000, 40_000))
            .Select(t => string.Join(' ', Enumerable.Repeat(t.Item1, t.Item2 / (t.Item1.Length + 1) + 1)));

    /// <summary>A run of one damage fragment or punctuation mark.</summary>
    public static Gen<string> Run =>
        Gen.Zip(Gen.Elements(Damage), Gen.Choose(2, 60)).Select(t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2)));

    /// <summary>One part of a text.</summary>
    public static Gen<string> Part => Gen.Frequency(
        (40, Gen.Elements(Words).Select(w => w + " ")),
        (24, Gen.Elements(Seeds.Value)),
        (32, Gen.Elements(Damage)),
        (8, Run),
        (8, AnyCodeUnits),
        (8, AnyScalars),
        (12, Gen.Elements(" ", "  ", "\t", ". ", ", ", "\n")),
        (1, LongLine));

    /// <summary>Texts of up to a hundred parts, growing with the test's size.</summary>
    public static Gen<HostileText> Texts =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(n => Gen.ArrayOf(Part, n)))
            .Select(parts => new HostileText(parts));

    /// <summary>The arbitrary FsCheck uses: the generator above, shrinking by dropping parts and by halving.</summary>
    public static Arbitrary<HostileText> Arbitrary() => Arb.From(Texts, Shrink);

    private static IEnumerable<HostileText> Shrink(HostileText text)
    {
        var parts = text.Parts;
        if (parts.Count > 1)
        {
            yield return new HostileText(parts.Take(parts.Count / 2).ToArray());
            yield return new HostileText(parts.Skip(parts.Count / 2).ToArray());
        }

        for (var i = 0; i < parts.Count; i++)
            yield return new HostileText(parts.Where((_, j) => j != i).ToArray());
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Length > 8)
            {
                var half = parts[i][..(parts[i].Length / 2)];
                yield return new HostileText(parts.Select((p, j) => j == i ? half : p).ToArray());
            }
        }
    }

    /// <summary>The shipped rules' bad examples and the seed articles' lines: damage as it really occurs.</summary>
    private static string[] LoadSeeds()
    {
        var seeds = new List<string>();
        foreach (var file in RuleSource.Shipped.PackFiles())
        {
            foreach (var rule in RulePackReader.Read(RuleSource.Shipped, file).Rules)
                seeds.AddRange(rule.Examples.Where(e => e.IsBad).Select(e => e.Text + " "));
        }

        var articles = RepositoryRoot.Combine("fixtures", "articles");
        foreach (var path in Directory.EnumerateFiles(articles, "*.txt").Order(StringComparer.Ordinal))
            seeds.AddRange(File.ReadAllText(path, Encoding.UTF8).Split('\n').Where(l => l.Length > 0).Select(l => l + "\n"));
        return [.. seeds];
    }
}

/// <summary>The arbitraries the reliability properties draw from.</summary>
public static class HostileArbitraries
{
    public static Arbitrary<HostileText> HostileText() => Reliability.HostileText.Arbitrary();
}
