using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Kinds;

public class GeneralRuleKindTests
{
    private static IReadOnlyList<string> Reported(ArticleLinter linter, string text, string ruleId) =>
        InlinePack.Spans(text, InlinePack.Find(linter, text, ruleId));

    [Fact]
    public void Lint_PatternWithWhere_ReportsTheDeclaredFactWithItsMessage()
    {
        var linter = InlinePack.Linter("""
            rules:
              - id: TST001
                title: Lead-in calque
                category: machine-translation
                severity: warning
                kind: rule
                message: "'{match}' opens with a calque"
                when:
                  - fact: Sentence
                    as: s
                    where: s.Text.startsWith('Recall that') && s.Length > 15
                then:
                  report: s
                examples:
                  - bad: "Talks resumed. Recall that the talks stalled in May."
                    expect: ["Recall that the talks stalled in May."]
            """);
        const string Text = "Talks resumed. Recall that the talks stalled in May. Recall that. recall that they met.";

        var finding = Assert.Single(InlinePack.Find(linter, Text, "TST001"));

        Assert.Equal((15, "Recall that the talks stalled in May.".Length), (finding.Start, finding.Length));
        Assert.Equal("'Recall that the talks stalled in May.' opens with a calque", finding.Message);
        Assert.Empty(finding.Fixes);
    }

    [Fact]
    public void Lint_NotPattern_ReportsOnlyWhenNoFactMatchesIt()
    {
        var linter = InlinePack.Linter("""
            rules:
              - id: TST001
                title: Quotation without attribution
                category: style
                kind: rule
                message: "'{match}' is not attributed in its paragraph"
                when:
                  - fact: Quotation
                    as: q
                    where: q.IsClosed && q.Depth == 0
                  - not:
                      fact: Sentence
                      as: s
                      where: s.ParagraphIndex == q.ParagraphIndex && (s.Text.contains(' said') || s.Text.contains(' says'))
                then:
                  report: q
                examples:
                  - bad: "“We will not back down.”"
                    expect: ["“We will not back down.”"]
                  - good: "“We will respond,” Psaki said."
            """);
        const string Text = """
            Talks in Geneva

            “We will respond,” Psaki said. “Soon.”

            “We will not back down.” The talks went on.

            The minister says “no” to ‘more’ delays.
            """;

        Assert.Equal(["“We will not back down.”"], Reported(linter, Text, "TST001"));
    }

    [Fact]
    public void Lint_ExistsPattern_ReportsOnceHoweverManyFactsMatch()
    {
        var linter = InlinePack.Linter("""
            rules:
              - id: TST001
                title: Old spelling
                category: style
                kind: existence
                message: "old spelling"
                ignore-case: false
                terms: [Kiev]
                examples:
                  - bad: "In Kiev."
                    expect: ["Kiev"]
              - id: TST002
                title: Paragraph with an old spelling
                category: style
                kind: rule
                message: "this paragraph uses an old spelling"
                when:
                  - fact: Paragraph
                    as: p
                    where: "!p.IsHeadline"
                  - exists:
                      fact: Match
                      as: m
                      where: m.RuleId == 'TST001' && m.Start >= p.Start && m.End <= p.End
                then:
                  report: p
                examples:
                  - good: "Kyiv only."
            """);
        const string Text = """
            Kiev

            Kiev and Kiev again.

            Kyiv only.
            """;

        var findings = InlinePack.Find(linter, Text, "TST002");

        Assert.Equal(["Kiev and Kiev again."], InlinePack.Spans(Text, findings));
        Assert.Equal("this paragraph uses an old spelling", findings[0].Message);
        Assert.Equal(3, InlinePack.Find(linter, Text, "TST001").Count);
    }

    [Fact]
    public void Lint_AssertedFact_IsConsumedByASecondRule()
    {
        var linter = InlinePack.Linter("""
            rules:
              - id: TST001
                title: Mark lead-in calques
                category: machine-translation
                kind: rule
                message: "never shown"
                when:
                  - fact: Sentence
                    as: s
                    where: s.Text.startsWith('Recall that')
                then:
                  assert: {name: calque, at: s, key: s.ParagraphIndex}
                examples:
                  - good: "Recall that it rained."
              - id: TST002
                title: Calque in the closing paragraph
                category: machine-translation
                kind: rule
                message: "'{match}' closes the article with a calque"
                when:
                  - fact: Derived
                    as: d
                    where: d.Name == 'calque'
                  - fact: Paragraph
                    as: p
                    where: p.IsLast && '' + p.Index == d.Key
                then:
                  report: d
                examples:
                  - bad: "It rained.\n\nRecall that it rained."
                    expect: ["Recall that it rained."]
            """);
        const string Text = """
            Rain in Geneva

            Recall that it rained in May. The talks went on.

            Officials met. Recall that the talks stalled.
            """;

        var finding = Assert.Single(linter.FindAll(Text, "test.txt", out _));

        Assert.Equal("TST002", finding.RuleId);
        Assert.Equal("Recall that the talks stalled.", Text.Substring(finding.Start, finding.Length));
        Assert.Equal("'Recall that the talks stalled.' closes the article with a calque", finding.Message);
        Assert.Empty(linter.FindAll("Rain in Geneva\n\nOfficials met. The talks stalled.", "test.txt", out _));
    }

    [Fact]
    public void Lint_EnumComparison_NamesAMemberByItsName()
    {
        var linter = InlinePack.Linter("""
            rules:
              - id: TST001
                title: Officials' names
                category: official-name
                kind: official-name
                check: misspelling
                message: "'{match}' is misspelled"
                examples:
                  - good: "Antony Blinken spoke."
              - id: TST002
                title: Any misspelled mention
                category: official-name
                kind: rule
                message: "'{match}' is not how the registry spells it"
                when:
                  - fact: Mention
                    as: m
                    where: m.Kind == 'Misspelled' && m.Start > 0
                then:
                  report: m
                examples:
                  - bad: "Secretary of State Anthony Blinken spoke."
                    expect: ["Anthony Blinken"]
              - id: TST003
                title: Any correct mention
                category: official-name
                kind: rule
                message: "'{match}' is right"
                when:
                  - fact: Mention
                    as: m
                    where: m.Kind == 'Correct'
                then:
                  report: m
                examples:
                  - bad: "Secretary of State Antony Blinken spoke."
                    expect: ["Antony Blinken"]
            """);
        const string Text = "Secretary of State Anthony Blinken met Antony Blinken's deputy.";

        Assert.Equal(["Anthony Blinken"], Reported(linter, Text, "TST002"));
        Assert.Equal(["Antony Blinken"], Reported(linter, Text, "TST003"));
        Assert.Equal("'Anthony Blinken' is not how the registry spells it", InlinePack.Find(linter, Text, "TST002")[0].Message);
    }

    [Fact]
    public void Compile_UnknownEnumMember_ListsTheMembers()
    {
        var e = Assert.Throws<RuleLoadException>(() => InlinePack.Compile("""
            rules:
              - id: TST001
                title: Any misspelled mention
                category: official-name
                kind: rule
                message: "x"
                when:
                  - fact: Mention
                    as: m
                    where: m.Kind == 'Mispelled'
                then:
                  report: m
                examples:
                  - good: "Antony Blinken spoke."
            """));

        Assert.Equal(10, e.Line);
        Assert.Contains("'Mispelled' is not one of Correct, Misspelled, NearMiss", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_SameNameDeclaredTwice_IsRefused()
    {
        var e = Assert.Throws<RuleLoadException>(() => InlinePack.Compile("""
            rules:
              - id: TST001
                title: Two sentences
                category: style
                kind: rule
                message: "x"
                when:
                  - fact: Sentence
                    as: s
                  - fact: Paragraph
                    as: s
                then:
                  report: s
                examples:
                  - good: "A b."
            """));

        Assert.Equal((11, 13), (e.Line, e.Column));
        Assert.Contains("'s' is declared twice", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ReportOfAFactWithoutSpan_IsRefused()
    {
        var e = Assert.Throws<RuleLoadException>(() => InlinePack.Compile("""
            rules:
              - id: TST001
                title: Short article
                category: style
                kind: rule
                message: "x"
                when:
                  - fact: Article
                    as: a
                    where: a.SentenceCount < 2
                then:
                  report: a
                examples:
                  - good: "A b."
            """));

        Assert.Contains("has no span to report", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ConditionThatIsNotTrueOrFalse_IsRefused()
    {
        var e = Assert.Throws<RuleLoadException>(() => InlinePack.Compile("""
            rules:
              - id: TST001
                title: Long sentence
                category: style
                kind: rule
                message: "x"
                when:
                  - fact: Sentence
                    as: s
                    where: s.Length + 1
                then:
                  report: s
                examples:
                  - good: "A b."
            """));

        Assert.Contains("the condition must be true or false", e.Problem, StringComparison.Ordinal);
    }
}
