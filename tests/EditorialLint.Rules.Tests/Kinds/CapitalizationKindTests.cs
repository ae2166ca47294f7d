using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Kinds;

public class CapitalizationKindTests
{
    private static readonly ArticleLinter Linter = InlinePack.Linter("""
        rules:
          - id: TST001
            title: Common word capitalised mid-sentence
            category: machine-translation
            severity: warning
            kind: capitalization
            message: "'{match}' is capitalised mid-sentence; write '{expected}' ({detail})"
            abstract-suffixes: [tion, ment]
            examples:
              - bad: "Russia has assembled troops Along the border with Ukraine."
                expect: ["Along"]
        """);

    private static IReadOnlyList<string> Reported(string text) =>
        InlinePack.Spans(text, InlinePack.Find(Linter, text, "TST001"));

    [Fact]
    public void Lint_CapitalisedPreposition_ReportsItWithLowerCaseFix()
    {
        const string Text = "Russia has assembled about 100,000 troops Along the border with Ukraine.";

        var finding = Assert.Single(InlinePack.Find(Linter, Text, "TST001"));

        Assert.Equal((Text.IndexOf("Along", StringComparison.Ordinal), 5), (finding.Start, finding.Length));
        Assert.Equal("'Along' is capitalised mid-sentence; write 'along' (along)", finding.Message);
        Assert.Equal(Text.Replace("Along", "along", StringComparison.Ordinal), FixApplier.Apply(Text, finding.Fixes).Text);
    }

    [Fact]
    public void Lint_VerbsBetweenNames_AreReported()
    {
        Assert.Equal(["Urge", "Ease"], Reported("Biden Urge Putin Ease tension in a call on Thursday."));
    }

    [Fact]
    public void Lint_AbstractNounAfterAName_IsReported()
    {
        Assert.Equal(["Negotiation"], Reported("Moscow opposed the talks between Washington and Western-backed Ukraine Negotiation."));
    }

    [Theory]
    [InlineData("Along the border, troops gathered on Monday.")]
    [InlineData("He said: Along the border, troops gathered.")]
    [InlineData("White House Press Secretary Jen Psaki said NATO Secretary General Jens Stoltenberg would attend.")]
    [InlineData("As reported by The Associated Press, the Organization for Security and Cooperation in Europe will meet.")]
    [InlineData("She reread “War and Peace” before the trip to the Black Sea port.")]
    public void Lint_SentenceStartsNamesAndTitles_StaySilent(string text)
    {
        Assert.Empty(Reported(text));
    }

    /// <summary>A line of the body in title case is no prose to correct; prose with as many capitalised words but more lower-case ones is.</summary>
    [Fact]
    public void Lint_TitleCaseLineInTheBody_StaysSilentWhileProseWithThreeCapitalisedWordsIsReported()
    {
        const string Text = """
            Troops gathered on Monday.

            Officials Say Troops Will Stay Near The Border
            """;

        Assert.Empty(Reported(Text));
        Assert.Equal(["Urge", "Ease", "Stop"],
            Reported("Biden Urge Putin Ease tension and Stop the war in a long call with the leaders of the countries on the continent."));
    }

    [Fact]
    public void Lint_Headline_StaysSilent()
    {
        const string Text = """
            Troops Gather Along The Border As Talks Stall

            Troops gathered along the border on Monday.
            """;

        Assert.Empty(Reported(Text));
    }

    [Fact]
    public void Lint_MidSentenceInBody_IsReportedEvenWhenTheHeadlineIsTitleCase()
    {
        const string Text = """
            Troops Gather Along The Border

            Russia has assembled troops Along the border with Ukraine.
            """;

        var finding = Assert.Single(InlinePack.Find(Linter, Text, "TST001"));

        Assert.Equal(Text.LastIndexOf("Along", StringComparison.Ordinal), finding.Start);
        Assert.Equal(Categories.MachineTranslation, finding.Category);
    }

    [Fact]
    public void Lint_ManyQuotedTitles_EachStaysSilentAndTheWordsAroundThemAreStillReported()
    {
        var text = string.Concat(Enumerable.Repeat(
            "She reread “War and Peace” while troops massed Along the border, and he said “the tanks stayed Along the river for weeks” today. ", 300));

        // A quotation of more lower-case words than capitalised ones is speech, not a title.
        Assert.Equal(Enumerable.Repeat("Along", 600), Reported(text));
    }

    [Theory]
    [InlineData("Kharkiv, Kherson, Donetsk, Luhansk, Mariupol and Odesa saw troops massed Along the border", false)]
    [InlineData("Kharkiv, Kherson, Donetsk, Luhansk, Mariupol, Bakhmut, Avdiivka, Zaporizhzhia and Odesa saw troops massed Along the border for weeks", true)]
    public void Lint_QuotationInTitleCase_IsATitleOnlyWhenShort(string quoted, bool reported)
    {
        var text = $"The report said “{quoted}” on Monday.";

        Assert.Equal(reported ? ["Along"] : [], Reported(text));
    }
}
