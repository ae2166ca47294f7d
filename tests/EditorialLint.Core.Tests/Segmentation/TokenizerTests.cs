using EditorialLint.Core.Segmentation;

namespace EditorialLint.Core.Tests.Segmentation;

public class TokenizerTests
{
    private static IReadOnlyList<(string Text, TokenKind Kind)> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens.Select(t => (t.TextOf(text), t.Kind)).ToList();
    }

    private static (string, TokenKind) Single(string text) => Assert.Single(Tokens(text));

    [Theory]
    [InlineData("don't")]
    [InlineData("don’t")]
    [InlineData("Ukraine’s")]
    [InlineData("O'Brien")]
    [InlineData("pro-Western")]
    [InlineData("Jean-Claude")]
    [InlineData("U.S")]
    [InlineData("naïve")]
    [InlineData("Zelenskyy")]
    public void Tokenize_WordWithInnerJoiners_IsOneWord(string word)
    {
        Assert.Equal((word, TokenKind.Word), Single(word));
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("100,000")]
    [InlineData("10:30")]
    [InlineData("2019-2022")]
    [InlineData("1,234.56")]
    [InlineData("42")]
    public void Tokenize_Number_IsOneNumber(string number)
    {
        Assert.Equal((number, TokenKind.Number), Single(number));
    }

    [Theory]
    [InlineData("https://www.example.com/news/2022/01/story?id=3&x=y")]
    [InlineData("http://example.org")]
    [InlineData("www.example.com/a-b_c")]
    public void Tokenize_WebAddress_IsOneUrl(string url)
    {
        Assert.Equal((url, TokenKind.Url), Single(url));
    }

    [Fact]
    public void Tokenize_UrlAtSentenceEnd_LeavesTheFullStopOut()
    {
        Assert.Equal([("See", TokenKind.Word), ("https://example.com/a", TokenKind.Url), (".", TokenKind.Punctuation)],
            Tokens("See https://example.com/a."));
    }

    [Theory]
    [InlineData("press@example.org")]
    [InlineData("jane.doe@news.example.co.uk")]
    public void Tokenize_EmailAddress_IsOneEmail(string email)
    {
        Assert.Equal((email, TokenKind.Email), Single(email));
    }

    [Fact]
    public void Tokenize_Sentence_GivesWordsNumbersAndPunctuationWithOffsets()
    {
        const string Text = "On Jan. 26, 100,000 troops—Russia’s—moved 3.5 km.";

        var tokens = new List<Token>();
        Tokenizer.Tokenize(Text, 0, Text.Length, tokens);

        Assert.Equal(
            [
                ("On", TokenKind.Word), ("Jan", TokenKind.Word), (".", TokenKind.Punctuation), ("26", TokenKind.Number),
                (",", TokenKind.Punctuation), ("100,000", TokenKind.Number), ("troops", TokenKind.Word), ("—", TokenKind.Punctuation),
                ("Russia’s", TokenKind.Word), ("—", TokenKind.Punctuation), ("moved", TokenKind.Word), ("3.5", TokenKind.Number),
                ("km", TokenKind.Word), (".", TokenKind.Punctuation),
            ],
            tokens.Select(t => (t.TextOf(Text), t.Kind)));
        Assert.Equal(Text.IndexOf("100,000", StringComparison.Ordinal), tokens[5].Start);
    }

    [Fact]
    public void Tokenize_CommaBetweenWords_Separates()
    {
        Assert.Equal([("Kyiv", TokenKind.Word), (",", TokenKind.Punctuation), ("Lviv", TokenKind.Word)], Tokens("Kyiv,Lviv"));
    }

    [Fact]
    public void Tokenize_QuotesAroundAWord_ArePunctuation()
    {
        Assert.Equal(
            [("“", TokenKind.Punctuation), ("united", TokenKind.Word), ("”", TokenKind.Punctuation), ("'", TokenKind.Punctuation),
             ("no", TokenKind.Word), ("'", TokenKind.Punctuation)],
            Tokens("“united” 'no'"));
    }

    [Fact]
    public void Tokenize_TrailingHyphenOrApostrophe_IsNotPartOfTheWord()
    {
        Assert.Equal([("players", TokenKind.Word), ("’", TokenKind.Punctuation), ("union", TokenKind.Word), ("-", TokenKind.Punctuation)],
            Tokens("players’ union -"));
    }

    [Fact]
    public void Tokenize_Range_TokenizesOnlyThatPart()
    {
        const string Text = "Skip this. Take these words";
        var tokens = new List<Token>();

        Tokenizer.Tokenize(Text, 11, Text.Length, tokens);

        Assert.Equal(["Take", "these", "words"], tokens.Select(t => t.TextOf(Text)));
        Assert.Equal(11, tokens[0].Start);
    }

    [Fact]
    public void Tokenize_LetterOutsideTheBasicPlane_StaysInItsWord()
    {
        const string Text = "a𝐀b c";

        Assert.Equal([("a𝐀b", TokenKind.Word), ("c", TokenKind.Word)], Tokens(Text));
    }

    [Theory]
    [InlineData("3a", TokenKind.Word)]
    [InlineData("a3", TokenKind.Word)]
    [InlineData("COVID-19", TokenKind.Word)]
    [InlineData("2022a", TokenKind.Word)]
    [InlineData("café", TokenKind.Word)]
    [InlineData("Łódź", TokenKind.Word)]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", TokenKind.Word)]
    [InlineData("1990s", TokenKind.Word)]
    [InlineData("2019-20", TokenKind.Number)]
    public void Tokenize_LettersAndDigitsMixed_KeepTheirKind(string token, TokenKind kind)
    {
        Assert.Equal((token, kind), Single(token));
    }

    [Fact]
    public void Tokenize_WordsOfEveryScript_EndAtSpacesAndPunctuation()
    {
        // U+1D400, a letter outside the basic plane, continues a word of ASCII letters.
        Assert.Equal([("Zürich", TokenKind.Word), ("-", TokenKind.Punctuation), ("naïve", TokenKind.Word), (",", TokenKind.Punctuation),
            ("abc\U0001D400d", TokenKind.Word), ("!", TokenKind.Punctuation)],
            Tokens("Zürich - naïve, abc\U0001D400d!"));
    }
}
