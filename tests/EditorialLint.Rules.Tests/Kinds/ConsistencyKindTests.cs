using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Kinds;

public class ConsistencyKindTests
{
    private static ArticleLinter Linter(string prefer = "", string ignoreCase = "") => InlinePack.Linter($$"""
        rules:
          - id: TST001
            title: One spelling per article
            category: consistency
            severity: warning
            kind: consistency
            message: "'{match}': use '{expected}' throughout"
            variants:
              - [Hezbollah, Hizbollah, Hizballah]
              - [Tehran, Teheran]
        {{prefer}}
        {{ignoreCase}}
            examples:
              - bad: "Hezbollah fired. Hizbollah fired."
                expect: ["Hizbollah"]
              - good: "Hezbollah fired. Hezbollah fired."
        """);

    [Fact]
    public void Lint_OneVariantOnly_StaysSilent()
    {
        Assert.Empty(InlinePack.Find(Linter(), "Hizbollah fired rockets. Later Hizbollah fired again.", "TST001"));
    }

    [Fact]
    public void Lint_TwoVariants_ReportsTheLessFrequentWithTheOtherAsFix()
    {
        const string Text = "Hizbollah fired. Israel struck Hezbollah. Hezbollah said so.";

        var finding = Assert.Single(InlinePack.Find(Linter(), Text, "TST001"));

        Assert.Equal((0, 9), (finding.Start, finding.Length));
        Assert.Equal("'Hizbollah': use 'Hezbollah' throughout", finding.Message);
        Assert.Equal(new Fix(0, 9, "Hezbollah"), Assert.Single(finding.Fixes));
    }

    [Fact]
    public void Lint_EqualCounts_KeepsTheVariantUsedFirst()
    {
        const string Text = "Hizballah fired. Israel struck Hezbollah.";

        var finding = Assert.Single(InlinePack.Find(Linter(), Text, "TST001"));

        Assert.Equal("Hezbollah", Text.Substring(finding.Start, finding.Length));
        Assert.Equal("Hizballah fired. Israel struck Hizballah.", FixApplier.Apply(Text, finding.Fixes).Text);
    }

    [Fact]
    public void Lint_HouseStyle_WinsOverFrequency()
    {
        const string Text = "Hizbollah fired. Hizbollah struck. Hezbollah said so.";

        var findings = InlinePack.Find(Linter(prefer: "    prefer: [Hezbollah]"), Text, "TST001");

        Assert.Equal([0, 17], findings.Select(f => f.Start));
        Assert.Equal("Hezbollah fired. Hezbollah struck. Hezbollah said so.",
            FixApplier.Apply(Text, findings.SelectMany(f => f.Fixes)).Text);
    }

    [Fact]
    public void Lint_GroupsAreIndependent()
    {
        const string Text = "Hezbollah met in Tehran. Hezbollah left Tehran.";

        Assert.Empty(InlinePack.Find(Linter(), Text, "TST001"));
    }

    [Fact]
    public void Lint_VariantsOfDifferentGroups_DoNotCompete()
    {
        const string Text = "Hezbollah met in Teheran. Hezbollah left Tehran. Hezbollah stayed in Tehran.";

        var finding = Assert.Single(InlinePack.Find(Linter(), Text, "TST001"));

        Assert.Equal("Teheran", Text.Substring(finding.Start, finding.Length));
        Assert.Equal("'Teheran': use 'Tehran' throughout", finding.Message);
    }

    [Fact]
    public void Lint_CaseSensitiveByDefault_OtherCaseIsNoVariant()
    {
        Assert.Empty(InlinePack.Find(Linter(), "HIZBOLLAH fired. Hezbollah said so.", "TST001"));
    }

    [Fact]
    public void Lint_VariantInsideALongerWord_IsNoUse()
    {
        Assert.Empty(InlinePack.Find(Linter(), "Hezbollah fired. Pro-Tehranian Teheranis cheered. Tehran said.", "TST001"));
    }

    [Fact]
    public void Lint_IgnoreCase_CountsEachCaseAsItsVariant()
    {
        const string Text = "HIZBOLLAH fired. HEZBOLLAH said. Hezbollah left.";

        var finding = Assert.Single(InlinePack.Find(Linter(ignoreCase: "    ignore-case: true"), Text, "TST001"));

        Assert.Equal((0, 9), (finding.Start, finding.Length));
        Assert.Equal("Hezbollah", Assert.Single(finding.Fixes).Replacement);
    }

    [Fact]
    public void Lint_ManyUsesInSeveralGroups_ReportsEveryOffUseWithItsGroupsSpelling()
    {
        var text = string.Concat(Enumerable.Repeat("Hizbollah fired. Hezbollah said so. Hezbollah left Teheran for Tehran. ", 400));

        var findings = InlinePack.Find(Linter(), text, "TST001");

        Assert.Equal(800, findings.Count);
        Assert.Equal(400, findings.Count(f => text.Substring(f.Start, f.Length) == "Hizbollah" && Assert.Single(f.Fixes).Replacement == "Hezbollah"));
        // Teheran and Tehran are used as often: the one used first stays.
        Assert.Equal(400, findings.Count(f => text.Substring(f.Start, f.Length) == "Tehran" && Assert.Single(f.Fixes).Replacement == "Teheran"));
    }
}
