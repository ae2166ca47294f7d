using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

public class LexiconTests
{
    [Fact]
    public void Classify_ReadsTheClassLetters_AndIgnoresCase()
    {
        var lexicon = Lexicon.Parse("# header\nabandon\tnv\nquickly\tr\nthe\tf\nParis\tnp\nzyzzyva\tx\n");

        Assert.Equal(WordClass.Noun | WordClass.Verb, lexicon.Classify("abandon"));
        Assert.Equal(WordClass.Noun | WordClass.Verb, lexicon.Classify("ABANDON"));
        Assert.Equal(WordClass.Adverb, lexicon.Classify("Quickly"));
        Assert.Equal(WordClass.Function, lexicon.Classify("the"));
        Assert.Equal(WordClass.Noun | WordClass.Proper, lexicon.Classify("paris"));
        Assert.Equal(WordClass.Other, lexicon.Classify("zyzzyva"));
        Assert.Equal(5, lexicon.Count);
    }

    [Fact]
    public void Classify_UnknownWordsCommentsAndPrefixes_AreNone()
    {
        var lexicon = Lexicon.Parse("abandon\tnv\n#secret\tn\n");

        Assert.Equal(WordClass.None, lexicon.Classify("abandoned"));
        Assert.Equal(WordClass.None, lexicon.Classify("aband"));
        Assert.Equal(WordClass.None, lexicon.Classify("#secret"));
        Assert.Equal(WordClass.None, lexicon.Classify(""));
    }

    [Fact]
    public void Parse_AWordWithoutClasses_IsOther_AndTakesWindowsLineEnds()
    {
        var lexicon = Lexicon.Parse("alone\r\nboth\tf\r\n\r\n");

        Assert.Equal(WordClass.Other, lexicon.Classify("alone"));
        Assert.Equal(WordClass.Function, lexicon.Classify("both"));
        Assert.Equal(2, lexicon.Count);
    }

    [Fact]
    public void Parse_AWordListedTwiceInAnyCase_KeepsItsLastClasses()
    {
        var lexicon = Lexicon.Parse("march\tv\nMarch\tnp\n");

        Assert.Equal(WordClass.Noun | WordClass.Proper, lexicon.Classify("march"));
        Assert.Equal(1, lexicon.Count);
    }

    [Theory]
    [InlineData("CAFÉ", true)]
    [InlineData("Café", true)]
    [InlineData("cafe", false)]
    [InlineData("naïve", true)]
    [InlineData("NAÏVE", true)]
    [InlineData("ıt", false)]
    public void Classify_WordsBeyondAscii_IgnoreCaseAsOrdinalComparisonDoes(string word, bool listed)
    {
        var lexicon = Lexicon.Parse("café\tn\nnaïve\ta\nit\tf\n");

        Assert.Equal(listed, lexicon.Classify(word) != WordClass.None);
        Assert.Equal(listed, new[] { "café", "naïve", "it" }.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Parse_TakesEveryLineBreakThatStringLinesTake()
    {
        var lexicon = Lexicon.Parse("one\tn\rtwo\tv\fthree\ta\u0085four\tr\u2028five\tf\u2029six\tn\r\nseven\tv");

        Assert.Equal(7, lexicon.Count);
        Assert.Equal(WordClass.Function, lexicon.Classify("five"));
        Assert.Equal(WordClass.Verb, lexicon.Classify("seven"));
    }

    [Fact]
    public void Classify_TheShippedLexicon_AgreesWithADictionaryOfItsLines()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("rules", "lexicon", "english.tsv"));
        var expected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            expected[parts[0]] = parts.Length > 1 ? parts[1] : "";
        }

        var lexicon = Lexicon.Parse(text);

        Assert.Equal(expected.Count, lexicon.Count);
        foreach (var (word, letters) in expected)
        {
            var classes = lexicon.Classify(word.ToUpperInvariant());
            Assert.Equal(letters.Contains('n'), classes.HasFlag(WordClass.Noun));
            Assert.Equal(letters.Contains('v'), classes.HasFlag(WordClass.Verb));
            Assert.NotEqual(WordClass.None, classes);
        }
    }
}
