using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Tests.Officials;

/// <summary>Title look-ups: whole titles, the ends of longer ones, and phrases that end none.</summary>
public class TitleVocabularyTests
{
    private static readonly TitleVocabulary Titles = TitleVocabulary.Parse("titles.yaml", """
        titles:
          - phrase: president
          - phrase: vice president
          - phrase: white house press secretary
          - phrase: spokeswoman
            gender: female
          - phrase: prime minister
        """);

    [Theory]
    [InlineData("president", null)]
    [InlineData("Vice President", null)]
    [InlineData("WHITE HOUSE PRESS SECRETARY", null)]
    [InlineData("Spokeswoman", "female")]
    public void Fit_Title_GivesItsGender(string phrase, string? gender)
    {
        Assert.Equal(TitleFit.Title, Titles.Fit(phrase, out var found));
        Assert.Equal(gender, found);
        Assert.True(Titles.TryGet(phrase.AsSpan(), out _));
    }

    [Theory]
    [InlineData("secretary")]
    [InlineData("Press Secretary")]
    [InlineData("house press secretary")]
    [InlineData("minister")]
    public void Fit_EndOfALongerTitle_IsAnEndingNotATitle(string phrase)
    {
        Assert.Equal(TitleFit.Ending, Titles.Fit(phrase, out var gender));
        Assert.Null(gender);
        Assert.False(Titles.TryGet(phrase.AsSpan(), out _));
    }

    [Theory]
    [InlineData("said")]
    [InlineData("house")]
    [InlineData("white house")]
    [InlineData("said president")]
    [InlineData("")]
    public void Fit_PhraseThatEndsNoTitle_IsNone(string phrase)
    {
        Assert.Equal(TitleFit.None, Titles.Fit(phrase, out _));
        Assert.False(Titles.TryGet(phrase.AsSpan(), out _));
        Assert.False(Titles.TryGet(phrase, out _));
    }

    [Fact]
    public void Fit_EveryTitleInTheShippedVocabulary_AndEachOfItsEndings()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("rules", "titles.yaml"));
        var titles = TitleVocabulary.Parse("rules/titles.yaml", text);
        var phrases = text.Split('\n').Where(l => l.TrimStart().StartsWith("- phrase: ", StringComparison.Ordinal))
            .Select(l => l.Trim()["- phrase: ".Length..].Trim()).ToList();
        Assert.NotEmpty(phrases);
        foreach (var phrase in phrases)
        {
            Assert.Equal(TitleFit.Title, titles.Fit(phrase, out _));
            for (var i = phrase.IndexOf(' ') + 1; i > 0; i = phrase.IndexOf(' ', i) + 1)
                Assert.NotEqual(TitleFit.None, titles.Fit(phrase.AsSpan(i), out _));
        }
    }
}
