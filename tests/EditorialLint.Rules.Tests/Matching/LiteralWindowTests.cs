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
/// A pattern every match of which holds one of some strings near its start is tried only at the
/// places before those strings, and finds exactly the matches .NET's own search finds: same
/// places, same text, same groups, in the same order.
/// </summary>
public sealed class LiteralWindowTests
{
    private const RegexOptions Plain = RegexOptions.CultureInvariant | RegexOptions.Multiline;

    [Theory]
    [InlineData(@"\b(?:[Tt]he )?(?:head|chief) of the (?:Kremlin|Pentagon)\b", 0, "head of the ", "the chief of the ")]
    [InlineData(@"\b(?:US|U\.S\.) Foreign (?:Office|Ministry)\b", 0, "us foreign office", "u.s. foreign ministry")]
    [InlineData(@"\b[A-Z]\w{0,5} said", 6, " said")] // a bounded piece before the strings
    [InlineData(@"(?<=\. )[A-Z][a-z]{1,3},? (?:he|she) added", 4, " he added", ", she added")] // an optional comma joins the strings
    [InlineData(@"\b(?:report|says) (\w+) (?:that|whether)", 0, "report ", "says ")]
    [InlineData(@"(?:abc|xyzw)\d+", 0, "abc", "xyzw")]
    [InlineData(@"(?:Read|Reading) time: [0-9]+ min", 0, "read time: 0", "reading time: 9")] // the first repetition joins them
    [InlineData(@"^The day before, ", 0, "the day before, ")]
    public void Of_BoundedStartBeforeStrings_ReadsTheWindow(string pattern, int before, params string[] some)
    {
        var window = LiteralWindow.Of(pattern, Plain);

        Assert.NotNull(window);
        Assert.Equal(before, window.Before);
        Assert.All(some, s => Assert.Contains(s, window.Strings));
    }

    [Theory]
    [InlineData(@"\w+ said")] // no bound on where the strings start
    [InlineData(@"[a-z]* said")]
    [InlineData(@"(\w)\1 said")] // a backreference before them: its length is unknown
    [InlineData(@"\Gfoo bar")] // \G depends on where a search starts
    [InlineData(@"foo \G bar")]
    [InlineData(@"[,;]\s*,")] // strings too short to search by
    [InlineData(@"\.\.")]
    [InlineData(@"(?:the )?said|\d+")] // an alternative with no strings
    [InlineData(@".{0,100}said")] // too far from the start
    [InlineData(@"(?i)said that")] // inline options
    [InlineData(@"(?:said that)?")] // an optional piece holds nothing for sure
    public void Of_OtherShapes_GivesNull(string pattern) =>
        Assert.Null(LiteralWindow.Of(pattern, Plain));

    [Fact]
    public void Of_OptionsOtherThanCaseAndLines_GivesNull()
    {
        Assert.Null(LiteralWindow.Of(@"\bhead of the Kremlin", Plain | RegexOptions.ExplicitCapture));
        Assert.Null(LiteralWindow.Of(@"\bhead of the Kremlin", Plain | RegexOptions.RightToLeft));
        Assert.NotNull(LiteralWindow.Of(@"\bhead of the Kremlin", Plain | RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData(@"\b(?:[Tt]he )?(?:head|chief) of the (?:Kremlin|Pentagon)\b",
        "The head of the Kremlin met the chief of the Pentagon; the head of the Kremlin's staff and thehead of the Pentagon did not.")]
    [InlineData(@"\b[A-Z]\w{0,5} said", "Blinken said, Psaki said and MrSmithJones said; A said, x said.")]
    [InlineData(@"(?<=\. )[A-Z][a-z]{1,3},? (?:he|she) added", "It fell. Now, he added more. Then she added. Yes she added.")]
    [InlineData(@"\b(?:report|says) (\w+) (?:that|whether)", "says Kyiv that; report Moscow whether; says that that")]
    [InlineData(@"(?:abc|bcab)c?", "abcabcabc bcabc")] // overlapping occurrences: the leftmost match first, then after it
    [InlineData(@"a?(?:aab)", "aaab aab aaaab")]
    [InlineData(@"^The day before, ", "The day before, it rained.\nThe day before, it snowed. The day before, no.")]
    public void Scan_FindsWhatRegexFinds(string pattern, string text)
    {
        Assert.NotNull(LiteralWindow.Of(pattern, Plain));
        Assert.Equal(PatternProbe.Expected(pattern, "$0|$1", text, Plain), Scan(pattern, "$0|$1", text, Plain));
    }

    /// <summary>Backreferences written \<name>, \<1> or \'name' stand for what their group matched, not for the characters written.</summary>
    [Theory]
    [InlineData(@"(?<w>abc)\<w>xyz", "abcabcxyz and abcxyz")]
    [InlineData(@"(abc)\<1>xyz", "abcabcxyz and abcxyz")]
    [InlineData(@"(?<w>abc)\'w'xyz", "abcabcxyz and abcxyz")]
    public void Scan_BackreferencesInAngleBracketsOrQuotes_FindWhatRegexFinds(string pattern, string text)
    {
        var found = Scan(pattern, "$0", text, Plain);

        Assert.Single(found);
        Assert.Equal(PatternProbe.Expected(pattern, "$0", text, Plain), found);
    }

    /// <summary>
    /// .NET's interpreter fails with an index out of range on some patterns made to match only where
    /// they are started (a lookbehind holding lazy loops); such a pattern is searched as written.
    /// </summary>
    [Fact]
    public void Scan_PatternThatNetCannotRunAnchored_FindsWhatRegexFinds()
    {
        const string Pattern = @"(?<![ab](?:(?:A?)abca+?ab|)+?)^bca";
        const string Text = "bcab abcaab bca\nbca abca\nxbca";
        var options = Plain | RegexOptions.IgnoreCase;
        Assert.NotNull(LiteralWindow.Of(Pattern, options));

        Assert.Equal(PatternProbe.Expected(Pattern, "$0", Text, options), Scan(Pattern, "$0", Text, options));
    }

    [Fact]
    public void Of_EmptyGroupRepeatedAThousandMillionTimes_IsReadAtOnce() =>
        Assert.Null(LiteralWindow.Of("(?:){1000000000}", Plain));

    [Fact]
    public void Scan_IgnoringCase_FindsWhatRegexFinds()
    {
        const string Pattern = @"\b(?:the )?press service of the (?:Kremlin|President)\b";
        const string Text = "THE PRESS SERVICE OF THE KREMLIN said; The Press Service of the president; press service of the ministry.";
        var options = Plain | RegexOptions.IgnoreCase;

        Assert.NotNull(LiteralWindow.Of(Pattern, options));
        Assert.Equal(2, Scan(Pattern, null, Text, options).Count);
        Assert.Equal(PatternProbe.Expected(Pattern, null, Text, options), Scan(Pattern, null, Text, options));
    }

    [Fact]
    public void Scan_CorrectText_StaysSilent()
    {
        const string Text = "The head of the delegation met the chief of staff. The Kremlin said the Pentagon was informed.\n";

        Assert.Empty(Scan(@"\b(?:[Tt]he )?(?:head|chief) of the (?:Kremlin|Pentagon)\b", null, Text, Plain));
    }

    [Fact]
    public void Scan_ShippedPatternsOnTheFixtures_FindWhatRegexFinds()
    {
        var rules = RuleSetCompiler.Load([RuleSource.Shipped]);
        var search = rules.Scanners.OfType<PatternSearch>().Single();
        var texts = new[] { "articles", "clean" }.SelectMany(f => Directory.GetFiles(RepositoryRoot.Combine("fixtures", f), "*.txt"))
            .Select(File.ReadAllText).ToArray();
        var windowed = 0;
        var found = 0;
        foreach (var entry in search.Entries)
        {
            if (LeadingRun.Of(entry.Regex.ToString(), entry.Regex.Options) is not null
                || LiteralWindow.Of(entry.Regex.ToString(), entry.Regex.Options) is null) continue;
            windowed++;
            var alone = new PatternSearch([entry with { Anchor = Anchor.None }]);
            foreach (var text in texts)
            {
                var expected = PatternProbe.Expected(entry.Regex.ToString(), entry.Replacement, text, entry.Regex.Options);
                found += expected.Count;
                Assert.Equal(expected, PatternProbe.Scan(alone, text));
            }
        }

        Assert.True(windowed >= 20, $"only {windowed} shipped patterns have a window");
        Assert.True(found >= 5, $"the windowed shipped patterns match only {found} times in the fixtures");
    }

    /// <summary>Patterns of bounded pieces before strings, and of the shapes around them.</summary>
    public static Arbitrary<(string Pattern, bool IgnoreCase, string Text)> Cases() =>
        Arb.From(
            from before in Gen.Elements("", @"\b", @"\B", "^", "(?<=[ x])", "(?<!a)", "(?:the )?", "[ab]{0,3}", "(a|bc)?", @"\w{0,2}",
                "(?:x|yy)", "(a)", "(?:a|)", @"\w?\b")
            from strings in Gen.Elements("abc", "a c", "(?:abc|bca)", "ab(?:c|cc)", "cab", "(abc)", "ab[cC]", "(?:abc){1,2}", "abc?a")
            from after in Gen.Elements("", @"\b", "[ab]+", "(?!a)", @"\1", "c?", "$", "|abca", "x|cabc", "(?=c)", " ?")
            from ignoreCase in Gen.Elements(false, true)
            from pieces in Gen.ArrayOf(Gen.Elements("a", "b", "c", " ", "x", "y", "A", "C", "\n", "abc", "bca", "the ", "cab"))
            select (before + strings + after, ignoreCase, string.Concat(pieces)));

    [Property(MaxTest = 3000, Arbitrary = [typeof(LiteralWindowTests)])]
    public void Scan_AnyPattern_FindsWhatRegexFinds((string Pattern, bool IgnoreCase, string Text) input)
    {
        var (pattern, ignoreCase, text) = input;
        var options = Plain | (ignoreCase ? RegexOptions.IgnoreCase : 0);
        PatternProbe.FindsWhatRegexFinds(pattern, options, text);
    }

    /// <summary>Most of the generated patterns have a window, so the property above tests the windowed search.</summary>
    [Fact]
    public void Cases_MostlyHaveAWindow()
    {
        var cases = Cases().Generator.Sample(400, 30).ToList();
        var windowed = cases.Count(c => LiteralWindow.Of(c.Pattern, Plain | (c.IgnoreCase ? RegexOptions.IgnoreCase : 0)) is not null);

        Assert.True(windowed * 2 > cases.Count, $"only {windowed} of {cases.Count} generated patterns have a window");
    }

    private static List<(int Start, string Text, string? Replacement)> Scan(string pattern, string? replacement, string text, RegexOptions options) =>
        PatternProbe.Scan(new PatternSearch([new PatternEntry("P", new Regex(pattern, options, PatternSearch.Budget), Anchor.None, replacement)]), text);
}
