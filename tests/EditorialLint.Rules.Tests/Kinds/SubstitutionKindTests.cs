using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Kinds;

public class SubstitutionKindTests
{
    private static ArticleLinter Linter(string settings = "") => InlinePack.Linter($$"""
        rules:
          - id: TST001
            title: House spelling
            category: style
            severity: warning
            kind: substitution
            message: "Write '{expected}', not '{match}'"
            swap:
              Kiev: Kyiv
              Donbass: Donbas
              US Foreign Office: State Department
        {{settings}}
            examples:
              - bad: "Talks in Kiev."
                expect: ["Kiev"]
                fixed: "Talks in Kyiv."
        """);

    [Fact]
    public void Lint_WrongForm_ReportsItWithTheRightOneInMessageAndFix()
    {
        const string Text = "Fighting in the Donbass eased, officials in Kiev said.";

        var findings = InlinePack.Find(Linter(), Text, "TST001");

        Assert.Equal(["Donbass", "Kiev"], InlinePack.Spans(Text, findings));
        Assert.Equal(["Write 'Donbas', not 'Donbass'", "Write 'Kyiv', not 'Kiev'"], findings.Select(f => f.Message));
        Assert.Equal([new Fix(Text.IndexOf("Donbass", StringComparison.Ordinal), 7, "Donbas"), new Fix(Text.IndexOf("Kiev", StringComparison.Ordinal), 4, "Kyiv")], findings.SelectMany(f => f.Fixes));
        Assert.Equal("Fighting in the Donbas eased, officials in Kyiv said.",
            FixApplier.Apply(Text, findings.SelectMany(f => f.Fixes)).Text);
    }

    [Fact]
    public void Lint_MultiWordForm_IsReplacedWhole()
    {
        const string Text = "A US Foreign Office spokesman said.";

        var finding = Assert.Single(InlinePack.Find(Linter(), Text, "TST001"));

        Assert.Equal("US Foreign Office", Text.Substring(finding.Start, finding.Length));
        Assert.Equal("A State Department spokesman said.", FixApplier.Apply(Text, finding.Fixes).Text);
    }

    [Fact]
    public void Lint_FormInsideALongerWord_StaysSilent()
    {
        Assert.Empty(InlinePack.Find(Linter(), "Kievan Rus and the Kievskaya station.", "TST001"));
    }

    [Fact]
    public void Lint_IsCaseSensitiveByDefault()
    {
        Assert.Empty(InlinePack.Find(Linter(), "KIEV and kiev in a shouted caption.", "TST001"));
    }

    [Fact]
    public void Lint_IgnoreCase_MatchesAnyCase()
    {
        const string Text = "KIEV and kiev in a shouted caption.";

        var findings = InlinePack.Find(Linter("    ignore-case: true"), Text, "TST001");

        Assert.Equal(["KIEV", "kiev"], InlinePack.Spans(Text, findings));
        Assert.All(findings, f => Assert.Equal("Kyiv", Assert.Single(f.Fixes).Replacement));
    }

    [Fact]
    public void Lint_BodyScope_LeavesTheHeadlineAlone()
    {
        const string Text = """
            Kiev talks resume

            The talks in Kiev resumed.
            """;

        var finding = Assert.Single(InlinePack.Find(Linter("    scope: body"), Text, "TST001"));

        Assert.Equal(Text.LastIndexOf("Kiev", StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void Lint_LineAnchor_SameWordsInsideASentenceStaySilent()
    {
        const string Text = "Kiev\n\nThe talks in Kiev resumed.";

        var finding = Assert.Single(InlinePack.Find(Linter("    anchor: line"), Text, "TST001"));

        Assert.Equal(0, finding.Start);
    }

    [Fact]
    public void Compile_EmptySwap_IsRefused()
    {
        var e = Assert.Throws<EditorialLint.Rules.Packs.RuleLoadException>(() => InlinePack.Compile("""
            rules:
              - id: TST001
                title: House spelling
                category: style
                kind: substitution
                message: "x"
                examples:
                  - good: "Kyiv"
            """));

        Assert.Equal((2, 5), (e.Line, e.Column));
        Assert.Contains("needs 'swap", e.Message, StringComparison.Ordinal);
    }
}
