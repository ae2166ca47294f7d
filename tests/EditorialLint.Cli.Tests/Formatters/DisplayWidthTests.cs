using EditorialLint.Cli.Formatters;

namespace EditorialLint.Cli.Tests.Formatters;

/// <summary>
/// The width of an excerpt under its carets: the quick count for plain Latin text and typographic
/// punctuation agrees with splitting into graphemes, whatever the mix of characters.
/// </summary>
public sealed class DisplayWidthTests
{
    // Plain letters, typographic quotes and dashes, Latin-1 and Extended letters, the soft hyphen,
    // a tab, a combining accent, CR LF, a wide CJK character, an emoji (a surrogate pair), the euro sign.
    private static readonly string[] Pieces =
        ["a", "Z", " ", ",", "\u2019", "\u201C", "\u2014", "\u2026", "é", "ł", "\u00AD", "\t", "\u0301", "\r\n", "\r", "\u4E2D", "\U0001F600", "\u20AC", "\u2028"];

    [Fact]
    public void DisplayWidth_RandomMixes_AgreesWithGraphemes()
    {
        var random = new Random(2311);
        for (var n = 0; n < 5000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.True(TextFormatter.DisplayWidth(text) == TextFormatter.WidthByGraphemes(text), $"width of {Escaped(text)}");
        }
    }

    [Theory]
    [InlineData("Psaki said \u201Cwithout you\u201D \u2014 twice\u2026", 33)]
    [InlineData("caf\u00E9", 4)]
    [InlineData("cafe\u0301", 4)]
    [InlineData("\u4E2D\u6587", 4)]
    [InlineData("a\r\nb", 3)]
    public void DisplayWidth_Text_CountsCells(string text, int cells) => Assert.Equal(cells, TextFormatter.DisplayWidth(text));

    private static string Escaped(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
