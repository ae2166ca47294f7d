using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Reliability;

/// <summary>
/// A rule author's catastrophic pattern, kept on the backtracking engine by a lookahead, on text
/// made to trip it: the run ends within the pattern's time limit with the timeout reported, and
/// the other rules still report. The bounds are generous: they prove "does not hang", not speed.
/// </summary>
public sealed class RegexSafetyTests
{
    /// <summary>A pack with a pattern that backtracks exponentially on a run of 'a' that does not end the line, and a plain term.</summary>
    public const string Pack = """
        rules:
          - id: SLOW001
            title: A pattern that backtracks
            category: style
            kind: existence
            message: "'{match}' matched"
            ignore-case: false
            patterns: ['(?=a)(a+)+$']
            examples:
              - good: "Nothing here."
          - id: BAN001
            title: House ban
            category: style
            severity: error
            kind: existence
            message: "'{match}' is banned"
            terms: [zorblax]
            examples:
              - bad: "The zorblax is here."
                expect: [zorblax]
        """;

    /// <summary>Tens of seconds of backtracking at least, were it not stopped.</summary>
    public static readonly string HostileArticle = "The zorblax is here.\n" + new string('a', 48) + "!\n";

    [Theory]
    [InlineData("(?=a)(a+)+$")]
    [InlineData("(a+)+$")]
    public void Compile_AnyPattern_StartsOnTheBacktrackingInterpreterWithItsBudget(string pattern)
    {
        var regex = PatternSearch.Compile(pattern, ignoreCase: false, multiline: true);

        Assert.False(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.False(regex.Options.HasFlag(RegexOptions.Compiled));
        Assert.Equal(PatternSearch.Budget, regex.MatchTimeout);
    }

    /// <summary>
    /// A pattern past its budget goes on compiled backtracking, never on .NET's linear-time engine
    /// (which would finish, but misses matches of some patterns): one that backtracks without end
    /// runs out of its rule's limit and is reported, like one with a lookahead.
    /// </summary>
    [Fact]
    public void Lint_CatastrophicPatternWithoutLookaround_RunsOutOfItsLimitAndIsReported()
    {
        var linter = InlinePack.Linter(Pack.Replace("'(?=a)(a+)+$'", "'(a+)+$'", StringComparison.Ordinal));
        var article = PlainTextReader.Instance.Read(new SourceText("hostile.txt", HostileArticle));

        var clock = Stopwatch.StartNew();
        var result = linter.Lint(article);
        clock.Stop();

        Assert.Equal(["SLOW001"], result.Timeouts);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "BAN001" && d.Text == "zorblax");
        Assert.True(clock.Elapsed < PatternSearch.Timeout * 15, $"took {clock.Elapsed.TotalSeconds:0.0} s for a limit of {PatternSearch.Timeout.TotalSeconds} s");
    }

    [Fact]
    public void Lint_CatastrophicPatternOnHostileText_StopsAtItsLimitReportsTheTimeoutAndTheOtherRulesStillReport()
    {
        var linter = InlinePack.Linter(Pack);
        var article = PlainTextReader.Instance.Read(new SourceText("hostile.txt", HostileArticle));

        var clock = Stopwatch.StartNew();
        var result = linter.Lint(article);
        clock.Stop();

        Assert.Equal(["SLOW001"], result.Timeouts);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "BAN001" && d.Text == "zorblax");
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "SLOW001");
        Assert.True(clock.Elapsed < PatternSearch.Timeout * 15, $"took {clock.Elapsed.TotalSeconds:0.0} s for a limit of {PatternSearch.Timeout.TotalSeconds} s");
    }

    /// <summary>
    /// A lookaround or a backreference does not stop the literal prefilter: a catastrophic pattern
    /// that must contain "zq" is not run on an article without "zq" (no timeout, no wait), and
    /// still finds its match on one with it.
    /// </summary>
    [Fact]
    public void Lint_BacktrackingOnlyPatternWhoseLiteralIsAbsent_IsNotRunAndSoCannotTimeOut()
    {
        var linter = InlinePack.Linter(Pack.Replace("'(?=a)(a+)+$'", "'(?<=\\s|^)(?=a)(a+)+\\1zq'", StringComparison.Ordinal));

        var hostile = linter.Lint(PlainTextReader.Instance.Read(new SourceText("hostile.txt", HostileArticle)));
        var matching = linter.Lint(PlainTextReader.Instance.Read(new SourceText("match.txt", "The code aaaazq was found.\n")));

        Assert.Empty(hostile.Timeouts);
        Assert.Contains(hostile.Diagnostics, d => d.RuleId == "BAN001");
        Assert.Equal(["aaaazq"], matching.Diagnostics.Where(d => d.RuleId == "SLOW001").Select(d => d.Text));
    }

    /// <summary>
    /// .NET counts a regex's limit per match call: a text where each match costs a few tenths of a
    /// second (a run of 'a' that fails slowly, then one that matches) would take that once per
    /// match, without bound. The limit is the rule's on the whole article: it runs out, the rule is
    /// left out of the article (none of the matches it found before are reported), and the other
    /// rules still report.
    /// </summary>
    [Fact]
    public void Lint_ManyMatchesEachUnderTheLimit_StopsAtTheArticleLimitAndDropsTheRule()
    {
        const string pattern = "(?=a)(a|aa)+b";
        var linter = InlinePack.Linter(Pack.Replace("(?=a)(a+)+$", pattern, StringComparison.Ordinal));
        var segment = Calibrate(pattern);
        var text = new StringBuilder("The zorblax is here.\n");
        for (var i = 0; i < 60; i++) text.Append(segment).Append('\n');
        var article = PlainTextReader.Instance.Read(new SourceText("slow.txt", text.ToString()));

        var clock = Stopwatch.StartNew();
        var result = linter.Lint(article);
        clock.Stop();

        Assert.Equal(["SLOW001"], result.Timeouts);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "SLOW001");
        Assert.Contains(result.Diagnostics, d => d.RuleId == "BAN001" && d.Text == "zorblax");
        Assert.True(clock.Elapsed < PatternSearch.Timeout * 5, $"took {clock.Elapsed.TotalSeconds:0.0} s for a limit of {PatternSearch.Timeout.TotalSeconds} s per article");
    }

    /// <summary>The limit is the rule's, not each pattern's: eight slow patterns of one rule share it (one limit each would add up to 16 s).</summary>
    [Fact]
    public void Lint_RuleWithSeveralSlowPatterns_SharesOneLimitOnTheArticle()
    {
        var patterns = string.Join(", ", Enumerable.Range(1, 8).Select(i => $"'(?=a{{{i}}})(a+)+$'"));
        var linter = InlinePack.Linter(Pack.Replace("['(?=a)(a+)+$']", $"[{patterns}]", StringComparison.Ordinal));
        var article = PlainTextReader.Instance.Read(new SourceText("hostile.txt", HostileArticle));

        var clock = Stopwatch.StartNew();
        var result = linter.Lint(article);
        clock.Stop();

        Assert.Equal(["SLOW001"], result.Timeouts);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "BAN001");
        Assert.True(clock.Elapsed < PatternSearch.Timeout * 5, $"took {clock.Elapsed.TotalSeconds:0.0} s for eight patterns of one rule with a limit of {PatternSearch.Timeout.TotalSeconds} s per article");
    }

    /// <summary>
    /// A run of 'a' that fails, then 'ab' that matches, sized so one match costs between 0.2 s and
    /// the limit here, compiled to IL as a pattern is once past its budget.
    /// </summary>
    private static string Calibrate(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled);
        for (var n = 16; n < 60; n++)
        {
            var segment = new string('a', n) + "c ab";
            var clock = Stopwatch.StartNew();
            regex.Match(segment);
            if (clock.Elapsed > TimeSpan.FromMilliseconds(200)) return segment;
        }

        throw new InvalidOperationException("the pattern never got slow");
    }
}
