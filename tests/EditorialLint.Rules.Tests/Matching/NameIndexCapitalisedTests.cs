using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The name index looks for a particle's dash with a plain loop; it must take as capitalised what
/// the search of the first four characters took (kept here as the reference), for generated words
/// of letters, dashes and capitals of every length.
/// </summary>
public class NameIndexCapitalisedTests
{
    [Fact]
    public void IsCapitalised_IsWhatSearchingTheFirstFourCharactersDecided()
    {
        const string letters = "al-AsdeS-i";
        var random = new Random(4242);
        for (var i = 0; i < 20000; i++)
        {
            var chars = new char[random.Next(1, 9)];
            for (var c = 0; c < chars.Length; c++) chars[c] = letters[random.Next(letters.Length)];
            var text = " " + new string(chars) + " ";
            var token = new Token(1, chars.Length, TokenKind.Word);

            Assert.Equal(Reference(text, token), NameIndex.IsCapitalised(text, token));
        }
    }

    [Theory]
    [InlineData("al-Assad", true)]
    [InlineData("el-Sisi", true)]
    [InlineData("abu-Bakr", true)]
    [InlineData("pro-Western", true)]
    [InlineData("anti-Western", false)]
    [InlineData("well-known", false)]
    [InlineData("Kyiv", true)]
    public void IsCapitalised_TakesALowerCaseParticleBeforeACapital(string word, bool capitalised) =>
        Assert.Equal(capitalised, NameIndex.IsCapitalised(word, new Token(0, word.Length, TokenKind.Word)));

    private static bool Reference(string text, Token token)
    {
        if (char.IsUpper(text[token.Start])) return true;
        var dash = text.AsSpan(token.Start, Math.Min(token.Length, 4)).IndexOf('-');
        return dash > 0 && dash + 1 < token.Length && char.IsUpper(text[token.Start + dash + 1]);
    }
}
