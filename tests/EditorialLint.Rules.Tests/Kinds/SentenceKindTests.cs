using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Kinds;

public class SentenceKindTests
{
    private static ArticleLinter Linter(string when, string report = "sentence") => InlinePack.Linter($$"""
        rules:
          - id: TST001
            title: Broken sentence
            category: truncation
            severity: error
            kind: sentence
            message: "'{match}' looks broken"
            report: {{report}}
            when:
        {{string.Join('\n', when.Split('\n').Select(l => "      " + l))}}
            examples:
              - good: "Nothing to see here."
        """);

    private static IReadOnlyList<string> Reported(ArticleLinter linter, string text) =>
        InlinePack.Spans(text, InlinePack.Find(linter, text, "TST001"));

    private static readonly ArticleLinter LowerCaseStart = Linter("starts-lowercase: true\nfirst-in-paragraph: false");

    [Fact]
    public void Lint_LowerCaseAfterFullStop_ReportsTheSentenceWithItsMessage()
    {
        const string Text = "Psaki spoke after a conversation between the two. presidents.";

        var finding = Assert.Single(InlinePack.Find(LowerCaseStart, Text, "TST001"));

        Assert.Equal((Text.IndexOf("presidents.", StringComparison.Ordinal), "presidents.".Length), (finding.Start, finding.Length));
        Assert.Equal("'presidents.' looks broken", finding.Message);
    }

    [Fact]
    public void Lint_ReportFirstWord_ReportsOnlyTheFirstWord()
    {
        const string Text = "Talks in Brussels and the OSCE. talks on January 13 followed.";

        Assert.Equal(["talks"], Reported(Linter("starts-lowercase: true", "first-word"), Text));
    }

    [Theory]
    [InlineData("The U.S. team met at 10 a.m. local time with Mr. Ushakov in Geneva.")]
    [InlineData("Dr. Smith, Gen. Milley and J.R.R. Tolkien fans met on Jan. 5, e.g. in Geneva, etc. and went home.")]
    [InlineData("Growth was 3.5 percent, see www.example.com for data.")]
    [InlineData("“We will … respond decisively,” he said. iPhone sales fell.")]
    [InlineData("“Why?” he asked.")]
    public void Lint_AbbreviationsAndElisions_DoNotStartALowerCaseSentence(string text)
    {
        Assert.Empty(Reported(LowerCaseStart, text));
    }

    [Fact]
    public void Lint_FirstInParagraph_TakesOnlyTheFirstSentences()
    {
        const string Text = """
            Geneva talks

            the opening sentence is lower case. and so is the second.

            the next paragraph opens lower case too.
            """;

        var first = Reported(Linter("starts-lowercase: true\nfirst-in-paragraph: true"), Text);

        Assert.Equal(["the opening sentence is lower case.", "the next paragraph opens lower case too."], first);
    }

    [Fact]
    public void Lint_Headline_IsLeftOutUnlessAsked()
    {
        const string Text = """
            talks resume in geneva

            The talks resumed.
            """;

        Assert.Empty(Reported(Linter("starts-lowercase: true"), Text));
        Assert.Equal(["talks resume in geneva"], Reported(Linter("headline: true\nstarts-lowercase: true"), Text));
    }

    [Fact]
    public void Lint_VerblessFragment_ReportedByWordCountAndFirstWord()
    {
        const string Text = "He would review diplomatic contacts. Prepare work to ease the situation. In the region. In the region, tension eased.";
        var linter = Linter("""
            first-in-paragraph: false
            min-words: 3
            max-words: 6
            no-verb: true
            starts-with: [in, on, at]
            """);

        Assert.Equal(["In the region."], Reported(linter, Text));
    }

    [Fact]
    public void Lint_HeadlineEndingOnAPreposition_IsReported()
    {
        var linter = Linter("headline: true\nends-with: [of, to, the]");

        Assert.Equal(["Biden warns Putin of"], Reported(linter, "Biden warns Putin of\n\nThe president spoke of."));
        Assert.Empty(Reported(linter, "Biden warns Putin of sanctions\n\nThe president spoke of."));
    }

    [Fact]
    public void Lint_ParagraphEndingMidSentence_IsReportedOnlyWhenLongEnough()
    {
        const string Text = """
            Geneva talks

            Officials said the talks in Geneva would resume next week if both sides

            Officials said the talks in Geneva would resume next week.

            Short and cut
            """;
        var linter = Linter("last-in-paragraph: true\nends-without-terminal: true\nmin-words: 8");

        Assert.Equal(["Officials said the talks in Geneva would resume next week if both sides"], Reported(linter, Text));
    }

    [Fact]
    public void Lint_GluedFinalClause_ReportsTheClauseOnly()
    {
        const string Text = "He said “we will increase our presence in Europe” as Russia Ukraine invasion. Prices rose as demand grew.";

        var reported = Reported(Linter("glued-final-clause: [as, while]", "clause"), Text);

        Assert.Equal(["as Russia Ukraine invasion."], reported);
    }

    [Fact]
    public void Compile_OnlyTheHeadlineTest_IsRefused()
    {
        var e = Assert.Throws<RuleLoadException>(() => Linter("headline: true"));

        Assert.Contains("'when' needs at least one test besides 'headline'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownReportSpan_PointsAtIt()
    {
        var e = Assert.Throws<RuleLoadException>(() => Linter("starts-lowercase: true", "paragraph"));

        Assert.Equal((8, 13), (e.Line, e.Column));
        Assert.Contains("'report' must be sentence, first-word, last-word or clause", e.Message, StringComparison.Ordinal);
    }
}
