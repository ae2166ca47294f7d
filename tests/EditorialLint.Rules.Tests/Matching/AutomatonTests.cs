using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The term automaton finds every keyword where it ends, overlapping ones included, whether it
/// walks a transition table for every state (a small automaton) or only for its shallow states,
/// searching the edges of the deeper ones (an automaton too large for a whole table).
/// </summary>
public sealed class AutomatonTests
{
    private static readonly char[] Identity = TermSearch.Automaton.BuildFoldTable(c => c);

    [Fact]
    public void Outputs_SmallAutomaton_FindEveryKeywordWhereItEnds()
    {
        string[] keywords = ["he", "she", "his", "hers", "ushers"];
        const string Text = "ushers said she saw his hers; no match here: xyz.";

        Assert.Equal(Naive(keywords, Text), Found(keywords, Text));
    }

    [Fact]
    public void Outputs_AutomatonTooLargeForATable_FindTheSameAsASearch()
    {
        // Some 30,000 states over 300 distinct characters: past the largest table, so only the first
        // states in breadth-first order have rows and the deeper ones search their edges.
        var (keywords, text) = TooLargeForATable();

        var found = Found(keywords, text);

        Assert.False(new TermSearch.Automaton(keywords, Identity).TabulatesEveryState);
        Assert.Equal(Naive(keywords, text), found);
        Assert.True(found.Count >= 100, $"only {found.Count} keywords found");
    }

    [Fact]
    public void Outputs_TextWithoutKeywords_FindNothing()
    {
        Assert.Empty(Found(["zorblax", "quux"], "The talks ended on Monday without a deal."));
    }

    [Fact]
    public void NextEnd_RandomKeywordsAndTexts_StopWhereTheStepwiseWalkFindsAKeyword()
    {
        // Small alphabets so keywords overlap, share prefixes and end inside one another; some texts
        // hold characters of no keyword (the walk goes back to the root there).
        var random = new Random(5);
        for (var round = 0; round < 500; round++)
        {
            var alphabet = "abcd"[..random.Next(2, 5)];
            var keywords = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
                .Distinct(StringComparer.Ordinal).ToArray();
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => random.Next(8) == 0 ? 'x' : alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(Found(keywords, text), FoundByEnds(keywords, text));
            Assert.Equal(Naive(keywords, text), FoundByEnds(keywords, text));
        }
    }

    [Fact]
    public void NextEnd_AutomatonTooLargeForATable_StopsWhereTheStepwiseWalkFindsAKeyword()
    {
        var (keywords, text) = TooLargeForATable();

        Assert.Equal(Found(keywords, text), FoundByEnds(keywords, text));
    }

    [Fact]
    public void Automaton_FiveThousandNameSizedKeywords_TabulatesEveryState()
    {
        // About 100,000 states over 27 letters, as many as a 5,000-entry name dictionary has: read with one look-up per character.
        var random = new Random(3);
        var keywords = Enumerable.Range(0, 13_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(6, 14)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .Distinct(StringComparer.Ordinal).ToArray();

        Assert.True(new TermSearch.Automaton(keywords, Identity).TabulatesEveryState);
    }

    private static (string[] Keywords, string Text) TooLargeForATable()
    {
        var random = new Random(11);
        var keywords = Enumerable.Range(0, 5_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(3, 12)).Select(_ => (char)(0x400 + random.Next(300))).ToArray()))
            .Distinct(StringComparer.Ordinal).ToArray();
        var text = string.Concat(Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? keywords[random.Next(keywords.Length)] : ((char)(0x400 + random.Next(300))).ToString()));
        return (keywords, text);
    }

    [Fact]
    public void NextEnd_FromTheMiddleOfAText_GoesOnInTheStateItWasGiven()
    {
        var automaton = new TermSearch.Automaton(["abc"], Identity);
        var state = 0;

        var first = automaton.NextEnd("ab", 0, ref state);
        var end = automaton.NextEnd("xxcabc", 2, ref state);

        Assert.Equal(-1, first);
        Assert.Equal(2, end);
        Assert.Equal(["abc"], automaton.Outputs(state).Select(k => new[] { "abc" }[k]));
    }

    private static List<(int End, string Keyword)> FoundByEnds(string[] keywords, string text)
    {
        var automaton = new TermSearch.Automaton(keywords, Identity);
        var found = new List<(int, string)>();
        var state = 0;
        for (var i = automaton.NextEnd(text, 0, ref state); i >= 0; i = automaton.NextEnd(text, i + 1, ref state))
        {
            Assert.NotEmpty(automaton.Outputs(state));
            foreach (var k in automaton.Outputs(state)) found.Add((i, keywords[k]));
        }

        return found.OrderBy(f => f.Item1).ThenBy(f => f.Item2, StringComparer.Ordinal).ToList();
    }

    private static List<(int End, string Keyword)> Found(string[] keywords, string text)
    {
        var automaton = new TermSearch.Automaton(keywords, Identity);
        var found = new List<(int, string)>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = automaton.Next(state, text[i]);
            foreach (var k in automaton.Outputs(state)) found.Add((i, keywords[k]));
        }

        return found.OrderBy(f => f.Item1).ThenBy(f => f.Item2, StringComparer.Ordinal).ToList();
    }

    private static List<(int End, string Keyword)> Naive(string[] keywords, string text)
    {
        var found = new List<(int, string)>();
        foreach (var keyword in keywords)
        {
            for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + 1, StringComparison.Ordinal))
                found.Add((at + keyword.Length - 1, keyword));
        }

        return found.OrderBy(f => f.Item1).ThenBy(f => f.Item2, StringComparer.Ordinal).ToList();
    }
}
