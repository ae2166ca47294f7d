using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Tests.Officials;

public class NameSpellingTests
{
    [Theory]
    [InlineData("Zelensky", "Zelenskiy")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Sánchez", "Sanchez")]
    [InlineData("Lavrov", "Lawrow")]
    [InlineData("Ramaphosa", "Ramafosa")]
    [InlineData("Psaki", "Psakki")]
    public void Fold_SpellingsOfOneName_ShareAKey(string a, string b)
    {
        Assert.Equal(NameSpelling.Fold(a), NameSpelling.Fold(b));
    }

    [Theory]
    [InlineData("stoltenberg", "stoltenbreg", 1)]
    [InlineData("blinken", "brinken", 1)]
    [InlineData("blinken", "bliken", 1)]
    [InlineData("putin", "zelensky", 2)]
    public void Distance_CountsATranspositionAsOneEdit_AndStopsAtTheLimit(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSpelling.Distance(a, b, 1));
    }

    [Theory]
    [InlineData("Vladimir", "Volodymyr")]
    [InlineData("Aleksei", "Oleksii")]
    [InlineData("Alexander", "Oleksandr")]
    [InlineData("Sergei", "Serhiy")]
    [InlineData("Igor", "Ihor")]
    [InlineData("Jeffrey", "Geoffrey")]
    [InlineData("Stephen", "Steven")]
    [InlineData("Anthony", "Antony")]
    [InlineData("Jon", "John")]
    [InlineData("Shawn", "Sean")]
    [InlineData("Kathryn", "Catherine")]
    [InlineData("Anne", "Ann")]
    public void SimilarGivenNames_SameNameSpelledOtherwise(string written, string canonical)
    {
        Assert.True(NameSpelling.SimilarGivenNames(written, canonical));
    }

    [Theory]
    [InlineData("Hunter", "Joe")]
    [InlineData("Jill", "Joe")]
    [InlineData("Vitali", "Wladimir")]
    [InlineData("Olena", "Volodymyr")]
    [InlineData("Martin", "Olaf")]
    [InlineData("Mark", "John")]
    [InlineData("Simon", "Yasmin")]
    public void SimilarGivenNames_OtherNames_AreNot(string written, string canonical)
    {
        Assert.False(NameSpelling.SimilarGivenNames(written, canonical));
    }

    [Fact]
    public void Deletions_HoldTheKeyAndEveryOneLetterDeletion()
    {
        Assert.Equal(["psaki", "saki", "paki", "pski", "psai", "psak"], NameSpelling.Deletions("psaki"));
    }
}
