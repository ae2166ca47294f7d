using System.Text;
using EditorialLint.Core.Segmentation;

namespace EditorialLint.Core.Tests.Segmentation;

/// <summary>
/// The tokenizer tells ASCII letters and digits apart before it asks the general test; on generated
/// text of letters, digits, joiners, addresses, marks, accents, combining marks and surrogate pairs,
/// cut at any bounds, it must give the tokens the plain form gave.
/// </summary>
public class TokenizerReferenceTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "q", "7", "0", " ", " ", "\n", "\u00A0", "'", "\u2019", "-", ".", "@", ",", ":", "_", "\u2011", "!", "(", "\"", "\u201C",
        "é", "Ä", "ß", "\u0301", "\u0903", "٣", "Ⅻ", "😀", "𝐀", "\uD835", "\uDC00", "http://x.org/a", "https://", "www.", "WWW.a.b", "h", "w",
        "100,000", "10:30", "a@b.c", "pro-Western", "U.S.", "don't", "3.5",
    ];

    [Fact]
    public void Tokenize_GivesTheTokensThePlainFormGave()
    {
        var random = new Random(777);
        for (var round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            for (var p = random.Next(0, 40); p > 0; p--) text.Append(Pieces[random.Next(Pieces.Length)]);
            var s = text.ToString();
            var start = random.Next(0, Math.Min(3, s.Length + 1));
            var end = random.Next(start, s.Length + 1);
            if (random.Next(2) == 0) end = s.Length;

            var expected = new List<Token>();
            ReferenceTokenizer.Tokenize(s, start, end, expected);
            var actual = new List<Token>();
            Tokenizer.Tokenize(s, start, end, actual);

            Assert.Equal(expected, actual);
        }
    }
}
