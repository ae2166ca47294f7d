using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Packs;

public class RulePackReaderTests
{
    private static RuleLoadException Refuse(string yaml) =>
        Assert.Throws<RuleLoadException>(() => InlinePack.Compile(yaml));

    private static void AssertAt(RuleLoadException e, int line, int column, params string[] mentions)
    {
        Assert.Equal(InlinePack.DisplayName, e.File);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Equal($"{InlinePack.DisplayName}:{line}:{column}: {e.Problem}", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        foreach (var m in mentions) Assert.Contains(m, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WellFormedPack_ReadsTheRule()
    {
        var pack = InlinePack.Parse("""
            pack: house
            rules:
              - id: TST001
                title: Banned word
                category: style
                severity: suggestion
                kind: existence
                message: "'{match}' is banned"
                tags: [words]
                priority: 5
                terms: [foo]
                examples:
                  - bad: "a foo b"
                    expect: ["foo"]
                  - good: "a b"
            """);

        Assert.Equal("house", pack.Name);
        var rule = Assert.Single(pack.Rules);
        Assert.Equal(("TST001", "Banned word", "style", EditorialLint.Core.Diagnostics.Severity.Suggestion, "existence"),
            (rule.Id, rule.Title, rule.Category, rule.Severity, rule.Kind));
        Assert.Equal(["words"], rule.Tags);
        Assert.Equal(5, rule.Priority);
        Assert.Equal(3, rule.Line);
        Assert.Equal([(true, "a foo b", 13), (false, "a b", 15)], rule.Examples.Select(e => (e.IsBad, e.Text, e.Line)));
    }

    [Fact]
    public void Parse_NoSeverity_DefaultsToWarning()
    {
        var pack = InlinePack.Parse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
            """);

        Assert.Equal(EditorialLint.Core.Diagnostics.Severity.Warning, pack.Rules[0].Severity);
        Assert.Equal("x", pack.Name);
    }

    [Fact]
    public void Parse_YamlSyntaxError_PointsAtTheBrokenScalar()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: "Banned word
                category: style
            """);

        AssertAt(e, 3, 12, "YAML syntax error");
    }

    [Fact]
    public void Parse_BadIndentation_PointsAtTheMisplacedKey()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
               category: style
            """);

        AssertAt(e, 4, 4, "YAML syntax error");
    }

    [Fact]
    public void Parse_UnknownKind_NamesItAndTheKinds()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existance
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 5, 11, "unknown kind 'existance'", "existence, substitution");
    }

    [Fact]
    public void Parse_KeyOfAnotherKind_IsAnUnknownKey()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                swap: {a: b}
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 8, 5, "unknown key 'swap'", "rule TST001");
    }

    [Fact]
    public void Parse_UnknownPackKey_PointsAtIt()
    {
        var e = Refuse("""
            pack: house
            version: 2
            rules: []
            """);

        AssertAt(e, 2, 1, "unknown key 'version'");
    }

    [Fact]
    public void Parse_UnknownCategory_NamesTheKnownOnes()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: grammar
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 4, 15, "unknown category 'grammar'", "scraper-artifact", "style");
    }

    [Fact]
    public void Parse_UnknownSeverity_PointsAtTheValue()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                severity: fatal
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 5, 15, "unknown severity 'fatal'");
    }

    [Fact]
    public void Compile_BadRegex_PointsAtThatPattern()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                patterns:
                  - 'ok'
                  - 'a(b'
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 9, 9, "rule TST001", "bad regular expression");
    }

    [Fact]
    public void Compile_SameIdInTwoPacks_NamesTheFirstPlace()
    {
        const string Rule = """
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
            """;
        var first = InlinePack.Parse(Rule, "a.rules.yaml");
        var second = InlinePack.Parse("\n\n" + Rule, "b.rules.yaml");

        var e = Assert.Throws<RuleLoadException>(() => RuleSetCompiler.Compile([first, second]));

        var display = InlinePack.Source.DisplayName("b.rules.yaml");
        Assert.Equal((display, 4, 9), (e.File, e.Line, e.Column));
        Assert.Equal($"{display}:4:9: rule id TST001 is already used at {InlinePack.Source.DisplayName("a.rules.yaml")}:2", e.Message);
    }

    [Fact]
    public void Parse_NoExamples_IsRefusedAtTheRule()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
            """);

        AssertAt(e, 2, 5, "rule TST001 has no examples");
    }

    [Fact]
    public void Parse_ExpectNotInBadText_PointsAtThatExpectation()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - bad: "a foo b"
                    expect: ["foo", "bar"]
            """);

        AssertAt(e, 10, 25, "expects 'bar', which is not in its 'bad' text");
    }

    [Fact]
    public void Parse_BadWithoutExpect_IsRefused()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - bad: "a foo b"
            """);

        AssertAt(e, 9, 9, "needs 'expect'");
    }

    [Theory]
    [InlineData("edl-1")]
    [InlineData("EDL01")]
    [InlineData("edl0101")]
    [InlineData("EDL0101a")]
    public void Parse_BadIdFormat_PointsAtTheId(string id)
    {
        var e = Refuse($"""
            rules:
              - id: {id}
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 2, 9, $"rule id '{id}' must look like EDL0101");
    }

    [Fact]
    public void Compile_UnknownAnchor_ListsTheAnchors()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                anchor: paragraph
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 8, 13, "unknown anchor 'paragraph'", "line-start");
    }

    [Fact]
    public void Compile_UnknownSentenceTest_PointsAtTheTest()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Broken sentence
                category: truncation
                kind: sentence
                message: "x"
                when:
                  starts-lowercase: true
                  too-long: true
                examples:
                  - good: "A b."
            """);

        AssertAt(e, 9, 7, "unknown key 'too-long'", "starts-lowercase");
    }

    [Fact]
    public void Compile_UndeclaredNameInWhere_PointsAtTheName()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Long sentence
                category: style
                kind: rule
                message: "x"
                when:
                  - fact: Sentence
                    as: s
                    where: s.Length > 3 && t.Length > 2
                then:
                  report: s
                examples:
                  - good: "A b."
            """);

        // 'where:' starts its value at column 16; 't' is 16 characters into it.
        AssertAt(e, 10, 32, "'t' is not declared", "declared: s");
    }

    [Fact]
    public void Compile_ReportOfUndeclaredFact_PointsAtReport()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Long sentence
                category: style
                kind: rule
                message: "x"
                when:
                  - fact: Sentence
                    as: s
                then:
                  report: q
                examples:
                  - good: "A b."
            """);

        AssertAt(e, 11, 15, "'q' is not a declared fact");
    }

    [Fact]
    public void Compile_UnknownFact_ListsTheFacts()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Long sentence
                category: style
                kind: rule
                message: "x"
                when:
                  - fact: Word
                    as: w
                then:
                  report: w
                examples:
                  - good: "A b."
            """);

        AssertAt(e, 8, 15, "unknown fact 'Word'", "Sentence");
    }

    [Fact]
    public void Parse_GoodExampleWithExpect_IsRefused()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                title: Banned word
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
                    expect: ["a"]
            """);

        AssertAt(e, 9, 9, "takes no 'expect'");
    }

    [Fact]
    public void Parse_MissingTitle_NamesTheKey()
    {
        var e = Refuse("""
            rules:
              - id: TST001
                category: style
                kind: existence
                message: "x"
                terms: [foo]
                examples:
                  - good: "a b"
            """);

        AssertAt(e, 2, 5, "rule TST001 has no 'title'");
    }
}
