using System.Text.RegularExpressions;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// A pattern that starts with a run of one set of characters and then a character of another is
/// searched from the rarer characters, and finds exactly the matches .NET's own search finds:
/// same places, same text, same groups, in the same order.
/// </summary>
public sealed class LeadingRunTests
{
    [Theory]
    [InlineData(@"\b([a-z]{2,})([‘’])([A-Za-z]{3,})", 2, int.MaxValue)]
    [InlineData(@"\b([a-z]{2,})([A-Z][a-z]{2,})\b", 2, int.MaxValue)]
    [InlineData(@"(?<=[ (])(?<word>[a-c]{1,4}?)\b(?=X)X+", 1, 4)]
    [InlineData(@"\.+,", 1, int.MaxValue)]
    [InlineData(@"[a-z]*[A-Z]", 0, int.MaxValue)]
    [InlineData(@"(?<=[^\s.(\[“‘—–-]) +([,;:!?]|\.(?![.\dA-Za-z]))", 1, int.MaxValue)] // alternatives after the run
    [InlineData(@"(?<=\w[.,!?]?) +[”’](?=[\s,.;:!?]|$)", 1, int.MaxValue)]
    public void Of_RunThenDisjointCharacter_ReadsTheRun(string pattern, int min, int max)
    {
        var run = LeadingRun.Of(pattern, RegexOptions.CultureInvariant);

        Assert.NotNull(run);
        Assert.Equal((min, max), (run.Min, run.Max));
    }

    [Theory]
    [InlineData(@"\[[a-z]+_?[0-9]+\]")] // a run of one character: .NET searches the pair well
    [InlineData(@"\bexchanged opinions\b")]
    [InlineData(@" +[a-z]")] // a common character after the run: every letter would be a place to look
    [InlineData(@"[A-Z]+ ")]
    [InlineData(@"[a-z]+[A-Z]|x")] // alternation
    [InlineData(@"(?:[a-z]|x)+[A-Z]")] // alternatives in the run's group
    [InlineData(@"[a-z]+(?:[A-Z]|y)")] // alternatives in the next character's group
    [InlineData(@"[a-z]+[a-cX]")] // the next character can be part of the run
    [InlineData(@"\w+’")] // a class this does not read
    [InlineData(@"[^ ]+’")] // a negated class
    [InlineData(@".+’")]
    [InlineData(@"([a-z]+)?[A-Z]")] // an optional run
    [InlineData(@"[a-z]+[A-Z]?")] // an optional next character
    [InlineData(@"[a-z]+[A-Z]*x")]
    [InlineData(@"(?i)[a-z]+[A-Z]")] // inline options
    [InlineData(@"^[a-z]+[A-Z]")] // an anchor
    [InlineData(@"(?>[a-z]+)[A-Z]")] // an atomic group
    [InlineData(@"[a-z]+\1")] // a backreference after the run
    [InlineData(@"(?<a-b>[a-z]+)[A-Z]")]
    [InlineData(@"[a-z]+\d")]
    [InlineData(@"[a-z]+")]
    public void Of_OtherShapes_GivesNull(string pattern) =>
        Assert.Null(LeadingRun.Of(pattern, RegexOptions.CultureInvariant));

    [Fact]
    public void Of_IgnoringCaseWithLetters_GivesNull() =>
        Assert.Null(LeadingRun.Of(@"\b([a-z]{2,})([A-Z][a-z]{2,})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));

    [Fact]
    public void Of_IgnoringCaseWithPunctuationOnly_ReadsTheRun() =>
        Assert.NotNull(LeadingRun.Of(@"(?<=[,.!?]) +”(?=\w)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));

    [Fact]
    public void Scan_GluedQuotationMark_FindsWhatRegexFinds()
    {
        const string Pattern = @"\b([a-z]{2,})([‘’])([A-Za-z]{3,})";
        const string Text = "He stressed the principle of’without you. They’re sure it’s Ukraine’s call; Abc’def and ab’cde, x’yyyy.\n";

        var found = Scan(Pattern, "$1 $2$3", Text);

        Assert.Equal(["of’without|of ’without", "ab’cde|ab ’cde"], found.Select(f => $"{f.Text}|{f.Replacement}"));
        Assert.Equal(PatternProbe.Expected(Pattern, "$1 $2$3", Text), found);
    }

    /// <summary>
    /// Where only the first place before a character could start a match, and where a later one can:
    /// an empty run after a word character (where <c>\b</c> holds only at the end of the run), a
    /// backreference to what the run captured, a run of characters that are not word characters.
    /// </summary>
    [Theory]
    [InlineData(@"\b([a-z]*)’", "Xab’ and ab’ then ’")]
    [InlineData(@"\b([a-z]+)’", "Xab’ and ab’, 1a’")]
    [InlineData(@"([a-z]+)’\1", "ab’b and xy’xy")]
    [InlineData(@"\b([a-z ]{2,})’", "X ab’ and cd’")]
    [InlineData(@"(?<=b)([a-z]{2,})’", "abcd’ and xbc’")]
    [InlineData(@"[a-z]{2,4}’", "abcdef’ ab’ a’")]
    public void Scan_WhereMatchesMayStart_FindsWhatRegexFinds(string pattern, string text) =>
        Assert.Equal(PatternProbe.Expected(pattern, "$0", text), Scan(pattern, "$0", text));

    [Fact]
    public void Scan_CorrectText_StaysSilent()
    {
        const string Text = "They’re sure it’s Ukraine’s call; we’ll see at 10 o’clock, ma’am. McDonald and iPhone sales rose.\n";

        Assert.Empty(Scan(@"\b([a-z]{2,})([‘’])([A-Za-z]{3,})", null, Text));
        Assert.Empty(Scan(@"\b([a-z]{2,})([A-Z][a-z]{2,})\b", null, Text));
    }

    [Fact]
    public void Scan_ShippedPatternsOnTheFixtures_FindWhatRegexFinds()
    {
        var rules = RuleSetCompiler.Load([RuleSource.Shipped]);
        var search = rules.Scanners.OfType<PatternSearch>().Single();
        var texts = new[] { "articles", "clean" }.SelectMany(f => Directory.GetFiles(RepositoryRoot.Combine("fixtures", f), "*.txt"))
            .Select(File.ReadAllText).ToArray();
        var led = 0;
        foreach (var entry in search.Entries)
        {
            if (LeadingRun.Of(entry.Regex.ToString(), entry.Regex.Options) is null) continue;
            led++;
            var alone = new PatternSearch([entry with { Anchor = Anchor.None }]);
            foreach (var text in texts)
                Assert.Equal(PatternProbe.Expected(entry.Regex.ToString(), entry.Replacement, text, entry.Regex.Options), PatternProbe.Scan(alone, text));
        }

        Assert.True(led >= 2, $"only {led} shipped patterns have a leading run");
    }

    /// <summary>Patterns built from the shapes a leading run reads and the ones around it.</summary>
    public static Arbitrary<(string Pattern, bool IgnoreCase, string Text)> Cases() =>
        Arb.From(
            from before in Gen.Elements("", @"\b", @"\B", "(?<=[ x])", "(?<![ab])", "(?=a)", "(")
            from runSet in Gen.Elements("[a-c]", "a", "[ab]", "[a-z]", @"[\-a]", " ", "[ ,]")
            from quantifier in Gen.Elements("+", "*", "{2,}", "{1,3}", "?", "", "+?", "{2}")
            from between in Gen.Elements("", @"\b", "(?=[XY])", "(?!Y)", ")(", ")")
            from next in Gen.Elements("X", "[XY]", "[X-Z]", "’", "(?:X)", "(?:X|’)", "(Y|X-)", "(?:\\bX|’’)", "”", "[”’]")
            from nextQuantifier in Gen.Elements("", "+", "{2}", "*", "?")
            from after in Gen.Elements("", "[a-c]+", @"\b", "(?!b)", "c?", "[abc]{2}", "$", "X|a")
            from ignoreCase in Gen.Elements(false, true)
            from text in Gen.ArrayOf(Gen.Elements('a', 'b', 'c', 'X', 'Y', 'Z', ' ', 'x', '’', '”', ',', '\n', '-')).Select(cs => new string(cs))
            select (Balance(before + "(" + runSet + quantifier + between + next + nextQuantifier + after), ignoreCase, text));

    [Property(MaxTest = 3000, Arbitrary = [typeof(LeadingRunTests)])]
    public void Scan_AnyPattern_FindsWhatRegexFinds((string Pattern, bool IgnoreCase, string Text) input)
    {
        var (pattern, ignoreCase, text) = input;
        var options = RegexOptions.CultureInvariant | RegexOptions.Multiline | (ignoreCase ? RegexOptions.IgnoreCase : 0);
        PatternProbe.FindsWhatRegexFinds(pattern, options, text);
    }

    private static string Balance(string pattern)
    {
        var depth = 0;
        foreach (var c in pattern)
        {
            if (c == '(') depth++;
            else if (c == ')') depth--;
        }

        return depth >= 0 ? pattern + new string(')', depth) : new string('(', -depth) + pattern;
    }

    private static List<(int Start, string Text, string? Replacement)> Scan(string pattern, string? replacement, string text) =>
        PatternProbe.Scan(new PatternSearch([new PatternEntry("P", PatternSearch.Compile(pattern, ignoreCase: false, multiline: false), Anchor.None, replacement)]), text);
}
