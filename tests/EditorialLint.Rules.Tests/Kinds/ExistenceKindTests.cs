using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;

namespace EditorialLint.Rules.Tests.Kinds;

public class ExistenceKindTests
{
    private static string Pack(string settings, string message = "'{match}' is page chrome") => $"""
        rules:
          - id: TST001
            title: Page chrome
            category: scraper-artifact
            severity: error
            kind: existence
            message: "{message}"
        {Indent(settings)}
            examples:
              - good: "Nothing to see."
        """;

    private static string Indent(string settings) =>
        string.Join('\n', settings.Split('\n').Select(l => "    " + l));

    private static IReadOnlyList<Finding> Lint(string settings, string text) =>
        InlinePack.Find(InlinePack.Linter(Pack(settings)), text, "TST001");

    [Fact]
    public void Lint_Term_ReportsExactSpanCategorySeverityAndMessage()
    {
        const string Text = """
            Talks resume

            The talks resumed on Monday.
            Source link
            """;

        var finding = Assert.Single(Lint("terms: [Source link]", Text));

        Assert.Equal(Text.IndexOf("Source link", StringComparison.Ordinal), finding.Start);
        Assert.Equal("Source link".Length, finding.Length);
        Assert.Equal("'Source link' is page chrome", finding.Message);
        Assert.Equal((Categories.ScraperArtifact, Severity.Error), (finding.Category, finding.Severity));
        Assert.Empty(finding.Fixes);
    }

    [Fact]
    public void Lint_TermInsideLongerWords_StaysSilent()
    {
        const string Text = "Add the ad to a bad page; the ads stayed. Ad.";

        var findings = Lint("terms: [ad]", Text);

        Assert.Equal([8, 42], findings.Select(f => f.Start));
        Assert.All(findings, f => Assert.Equal(2, f.Length));
    }

    [Fact]
    public void Lint_TermIgnoresCaseByDefault()
    {
        const string Text = "LEAVE A REPLY and leave a reply.";

        Assert.Equal(["LEAVE A REPLY", "leave a reply"], InlinePack.Spans(Text, Lint("terms: [Leave a Reply]", Text)));
    }

    [Fact]
    public void Lint_CaseSensitiveTerm_MatchesOnlyItsOwnCase()
    {
        const string Text = "By admin. The admin said by ADMIN.";

        var findings = Lint("terms: [By admin]\nignore-case: false", Text);

        Assert.Equal(["By admin"], InlinePack.Spans(Text, findings));
    }

    [Fact]
    public void Lint_TermWithCurlyApostrophe_MatchesStraightOneToo()
    {
        const string Text = "Don’t miss this. Don't miss this.";

        var findings = Lint("terms: [\"Don't miss\"]", Text);

        Assert.Equal(["Don’t miss", "Don't miss"], InlinePack.Spans(Text, findings));
    }

    [Fact]
    public void Lint_LineAnchor_ReportsTheWholeLineOnly()
    {
        const string Text = """
            Click the source link below for more.

              Source link  
            """;

        var findings = Lint("terms: [Source link]\nanchor: line", Text);

        var finding = Assert.Single(findings);
        Assert.Equal(Text.LastIndexOf("Source link", StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void Lint_LineAnchor_SameWordsInsideASentenceStaySilent()
    {
        const string Text = "Readers were asked to leave a reply below the story.";

        Assert.Empty(Lint("terms: [Leave a Reply]\nanchor: line", Text));
    }

    [Fact]
    public void Lint_LineStartAnchor_ReportsOnlyAtTheStartOfALine()
    {
        const string Text = "By admin on Monday.\nWritten by admin on Monday.";

        var finding = Assert.Single(Lint("terms: [by admin]\nanchor: line-start", Text));

        Assert.Equal(0, finding.Start);
    }

    [Fact]
    public void Lint_ArticleStartAndEndAnchors_LookAtTheFirstAndLastParagraph()
    {
        const string Text = """
            Advertisement

            The body says Advertisement once.

            Advertisement
            """;

        var atStart = Assert.Single(Lint("terms: [Advertisement]\nanchor: article-start", Text));
        var atEnd = Assert.Single(Lint("terms: [Advertisement]\nanchor: article-end", Text));

        Assert.Equal(0, atStart.Start);
        Assert.Equal(Text.LastIndexOf("Advertisement", StringComparison.Ordinal), atEnd.Start);
    }

    [Fact]
    public void Lint_BodyScope_SkipsTheHeadline()
    {
        const string Text = """
            Recall that Kiev talks resume

            Recall that the talks in Kiev resumed.
            """;

        var finding = Assert.Single(Lint("terms: [Kiev]\nscope: body", Text));

        Assert.Equal(Text.LastIndexOf("Kiev", StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void Lint_HeadlineScope_LooksAtTheHeadlineOnly()
    {
        const string Text = """
            Kiev talks resume

            The talks in Kiev resumed.
            """;

        var finding = Assert.Single(Lint("terms: [Kiev]\nscope: headline", Text));

        Assert.Equal(0, finding.Start);
    }

    [Fact]
    public void Lint_FirstLineOfOneParagraph_IsNoHeadline()
    {
        const string Text = """
            Kiev talks resume
            The talks in Kiev resumed.
            """;

        Assert.Empty(Lint("terms: [Kiev]\nscope: headline", Text));
        Assert.Equal(2, Lint("terms: [Kiev]\nscope: body", Text).Count);
    }

    [Fact]
    public void Lint_Pattern_ReportsEachHitWithItsReplacementAsFix()
    {
        const string Text = "Talks failed . Ukraine said no !";

        var findings = Lint("""
            patterns: ['(\w) +([.!?])']
            replace: "$1$2"
            """, Text);

        Assert.Equal(["d .", "o !"], InlinePack.Spans(Text, findings));
        Assert.Equal([new Fix(11, 3, "d."), new Fix(29, 3, "o!")], findings.SelectMany(f => f.Fixes));
        Assert.Equal("Talks failed. Ukraine said no!", FixApplier.Apply(Text, findings.SelectMany(f => f.Fixes)).Text);
    }

    [Fact]
    public void Lint_PatternsAreMultiline_SoCaretAnchorsEachLine()
    {
        const string Text = "Body text here.\n[ad_1]\nMore text [ad_2] here.";

        var findings = Lint(@"patterns: ['^\[ad_\d\]$']", Text);

        Assert.Equal(["[ad_1]"], InlinePack.Spans(Text, findings));
    }

    [Fact]
    public void Lint_PatternInsideAWebAddress_StaysSilent()
    {
        const string Text = "See https://example.com/Source_link for Source_link details.";

        var findings = Lint(@"patterns: ['Source_link']", Text);

        Assert.Equal([Text.LastIndexOf("Source_link", StringComparison.Ordinal)], findings.Select(f => f.Start));
    }

    [Fact]
    public void Lint_CatastrophicPattern_TimesOutAndTheRunGoesOn()
    {
        var linter = InlinePack.Linter("""
            rules:
              - id: TST001
                title: Hostile pattern
                category: style
                kind: existence
                message: "x"
                patterns: ['(?=a)(a+)+$']
                examples:
                  - good: "b"
              - id: TST002
                title: Banned word
                category: style
                kind: existence
                message: "'{match}' is banned"
                terms: [Kiev]
                examples:
                  - good: "Kyiv"
            """);
        var text = "Talks in Kiev. " + new string('a', 4000) + "!";

        var findings = linter.FindAll(text, "hostile.txt", out var timeouts);

        Assert.Equal(["TST001"], timeouts);
        Assert.Equal(["TST002"], findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Compile_ReplaceWithoutPatterns_IsRefused()
    {
        var e = Assert.Throws<EditorialLint.Rules.Packs.RuleLoadException>(() =>
            InlinePack.Compile(Pack("terms: [foo]\nreplace: bar")));

        Assert.Contains("'replace' works with 'patterns' only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NoTermsOrPatterns_IsRefused()
    {
        var e = Assert.Throws<EditorialLint.Rules.Packs.RuleLoadException>(() => InlinePack.Compile(Pack("scope: body")));

        Assert.Contains("needs 'terms' or 'patterns'", e.Message, StringComparison.Ordinal);
    }
}
