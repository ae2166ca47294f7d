using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Officials;

/// <summary>The shipped official-name rules (EDL0101–EDL0104, EDL0601) on the cases the issue names.</summary>
public class OfficialNameRulesTests
{
    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    private static List<Finding> Names(string text) =>
        Shipped.Value.Find(text, "test.txt", out _).Where(f => f.RuleId.StartsWith("EDL01", StringComparison.Ordinal) || f.RuleId == "EDL0601").ToList();

    private static List<string> Spans(string text) => Names(text).Select(f => $"{f.RuleId} {text.Substring(f.Start, f.Length)}").ToList();

    [Theory]
    [InlineData("White House Press Secretary Jen Psacki said on Monday.", "Jen Psacki", "Jen Psaki")]
    [InlineData("Defense Secretary Lloyd Austen arrived in Brussels.", "Lloyd Austen", "Lloyd Austin")]
    [InlineData("President Volodymyr Zelenksy spoke to lawmakers.", "Volodymyr Zelenksy", "Volodymyr Zelensky")]
    [InlineData("Vladimir Zelensky spoke to lawmakers.", "Vladimir Zelensky", "Volodymyr Zelensky")]
    [InlineData("Aleksei Reznikov said the shells had arrived.", "Aleksei Reznikov", "Oleksii Reznikov")]
    [InlineData("Geoffrey Pyat, the former ambassador, said so.", "Geoffrey Pyat", "Geoffrey Pyatt")]
    [InlineData("Jeffrey Pyatt, the former ambassador, said so.", "Jeffrey Pyatt", "Geoffrey Pyatt")]
    [InlineData("Troels Lund Pouslen visited the base.", "Troels Lund Pouslen", "Troels Lund Poulsen")]
    [InlineData("Gina Raimond visited the plant.", "Gina Raimond", "Gina Raimondo")]
    [InlineData("On Monday Bashir al-Assad spoke.", "Bashir al-Assad", "Bashar al-Assad")]
    public void Misspelling_IsAnErrorWithTheCanonicalNameAsFix(string text, string wrong, string fix)
    {
        var f = Assert.Single(Names(text));
        Assert.Equal("EDL0101", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(wrong, text.Substring(f.Start, f.Length));
        Assert.Equal(fix, Assert.Single(f.Fixes).Replacement);
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin met Prime Minister Anthony Albanese.")]
    [InlineData("Anthony Fauci, Stephen Harper and Jane Fonda attended, as did Jane Austen's biographer.")]
    [InlineData("Hunter Biden and Jill Biden arrived before Joe Biden.")]
    [InlineData("John Kerry and John Kelly met Olaf Scholz and Martin Schulz.")]
    [InlineData("Volodymyr Zelensky and Olena Zelenska visited a school. Zelenska read to the children.")]
    [InlineData("Chrystia Freeland flew to Dublin. Ireland backed her plan.")]
    [InlineData("Kurt Volker wrote about Paul Volcker. Volcker had chaired the Fed.")]
    [InlineData("Julian Smith, a British lawmaker, spoke first.")]
    [InlineData("Hossein Salami, the Guards commander, spoke.")]
    [InlineData("Maria Zakharova spoke on Monday. Zakharov, her namesake, declined to comment.")]
    [InlineData("Officials said Hoffmann and Schmitt would attend the meeting.")]
    [InlineData("Oleg Mykolenko, Seo-yeon Marini and Mehmet Moller signed it, as did Li Liang.")]
    [InlineData("Bart De Wever spoke on Monday. “We’ve heard enough,” he said. “Ma’am, we've done it.”")]
    public void CorrectNames_OfOfficialsAndOthers_StaySilent(string text)
    {
        Assert.Empty(Spans(text));
    }

    [Fact]
    public void SurnameAlone_AfterTheOfficialAppeared_IsAnError()
    {
        const string Text = "Antony Blinken arrived in Kyiv on Tuesday. Blinkne urged allies to keep up their support.";
        var f = Assert.Single(Names(Text));
        Assert.Equal("EDL0102", f.RuleId);
        Assert.Equal("Blinkne", Text.Substring(f.Start, f.Length));
        Assert.Equal("Blinken", Assert.Single(f.Fixes).Replacement);
    }

    [Fact]
    public void TransliteratedSurnameAlone_AfterTheOfficialAppeared_IsAnError()
    {
        const string Text = "Toshimitsu Motegi spoke on Friday. Motegy said talks would go on.";
        Assert.Equal(["EDL0102 Motegy"], Spans(Text));
    }

    [Fact]
    public void SurnameAlone_AfterAFittingTitle_IsAnError()
    {
        const string Text = "Secretary of State Blinkne urged allies to keep up their support.";
        var f = Assert.Single(Names(Text));
        Assert.Equal("EDL0101", f.RuleId);
        Assert.Equal("Blinkne", Text.Substring(f.Start, f.Length));
    }

    [Fact]
    public void TwoLetterSurnames_AreNotNamesAlone_NorMakeTheWordBeforeAFirstName()
    {
        const string Text = "Talks Resume As Brinken In Kyiv Meets Moon Jae In. In Seoul, Moon spoke.";
        Assert.Equal(["EDL0101 Brinken"], Spans(Text));
    }

    [Fact]
    public void LongSurnameAlone_WithNothingToBackIt_IsAWarningNamingTheCandidate()
    {
        const string Text = "Officials said Stoltenbrg would attend the summit.";
        var f = Assert.Single(Names(Text));
        Assert.Equal("EDL0103", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("Jens Stoltenberg", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Officials in Saarland said the summit would go ahead.")]
    [InlineData("Jim Yong Kim is expected at the summit in Kyiv. Officials close to Kim said so.")]
    public void ShortOrOtherLetterNearMisses_StaySilent(string text)
    {
        Assert.Empty(Spans(text));
    }

    [Fact]
    public void CommonSurname_AfterASimilarRealFirstName_NeedsTheArticleToBackIt()
    {
        Assert.Empty(Spans("A spokesperson for Jon Kelly declined to comment."));
        Assert.Equal(["EDL0102 Jon Kelly"], Spans("John Kelly left in 2019. Aides said Jon Kelly had clashed with the president."));
        Assert.Equal(["EDL0101 Borris Johnson"], Spans("Borris Johnson spoke in London."));
    }

    [Theory]
    [InlineData("Blinken spoke with NATO Chairman Jens Stoltenberg on Friday.", "Chairman Jens Stoltenberg")]
    [InlineData("“We will respond,” White House spokesman Jen Psaki said.", "spokesman Jen Psaki")]
    public void TitleThatContradictsTheRegistry_IsReported(string text, string span)
    {
        var f = Assert.Single(Names(text), x => x.RuleId == "EDL0104");
        Assert.Equal(span, text.Substring(f.Start, f.Length));
    }

    [Fact]
    public void FittingTitles_StaySilent()
    {
        Assert.Empty(Spans("NATO Secretary General Jens Stoltenberg and White House Press Secretary Jen Psaki spoke with Russian President Vladimir Putin."));
    }

    [Fact]
    public void OneArticle_UsesOneSpelling_TheHouseStyleOne()
    {
        const string Text = "Biden spoke with Volodymyr Zelenskyy on Sunday. Zelenskiy thanked him. Later Zelensky tweeted.";
        var findings = Names(Text).Where(f => f.RuleId == "EDL0601").ToList();
        Assert.Equal(["Zelenskyy", "Zelenskiy"], findings.Select(f => Text.Substring(f.Start, f.Length)));
        Assert.All(findings, f => Assert.Equal("Zelensky", Assert.Single(f.Fixes).Replacement));
        Assert.Contains("Zelenskyy, Zelenskiy, Zelensky", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consistency_ManyUsesOfSeveralOfficials_ReportsEveryOffSpellingAgainstItsOwnName()
    {
        var text = string.Concat(Enumerable.Repeat(
            "Volodymyr Zelenskyy spoke on Sunday. Zelensky thanked allies. Zelensky left. Dmitry Peskov said Peskov had not. ", 300));

        var findings = Names(text).Where(f => f.RuleId == "EDL0601").ToList();

        Assert.Equal(300, findings.Count);
        Assert.All(findings, f => Assert.Equal("Zelenskyy", text.Substring(f.Start, f.Length)));
        Assert.All(findings, f => Assert.Equal("Zelensky", Assert.Single(f.Fixes).Replacement));
        Assert.All(findings, f => Assert.Contains("Zelenskyy, Zelensky;", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void HouseStyleSetting_ChoosesTheSpelling_EvenWhenRarer()
    {
        var linter = new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped]), preferred: ["Zelenskyy"]);
        const string Text = "Volodymyr Zelensky spoke on Sunday. Zelensky thanked allies. Zelenskyy left for Paris.";
        var findings = linter.Find(Text, "test.txt", out _).Where(f => f.RuleId == "EDL0601").ToList();
        Assert.Equal(["Zelensky", "Zelensky"], findings.Select(f => Text.Substring(f.Start, f.Length)));
        Assert.All(findings, f => Assert.Equal("Zelenskyy", Assert.Single(f.Fixes).Replacement));
    }

    [Fact]
    public void OneSpelling_ThroughoutAnArticle_IsQuiet()
    {
        Assert.Empty(Spans("Biden spoke with Volodymyr Zelenskiy on Sunday. Zelenskiy thanked him."));
    }
}
