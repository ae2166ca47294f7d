using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

public class WordListTests
{
    [Fact]
    public void Parse_TrimsLines_AndSkipsBlanksAndComments()
    {
        var list = WordList.Parse("# names\n  Abu \r\nal\n\n   \n#Bin\nvan der\n", ignoreCase: false);

        Assert.Equal(3, list.Count);
        Assert.True(list.Contains("Abu"));
        Assert.True(list.Contains("al"));
        Assert.True(list.Contains("van der"));
        Assert.False(list.Contains("#Bin"));
        Assert.False(list.Contains("Bin"));
        Assert.False(list.Contains("AL"));
    }

    [Fact]
    public void Parse_IgnoringCase_MatchesAnyCase()
    {
        var list = WordList.Parse("Kyiv\nKYIV\n", ignoreCase: true);

        Assert.Equal(1, list.Count);
        Assert.True(list.Contains("kyiv"));
    }
}
