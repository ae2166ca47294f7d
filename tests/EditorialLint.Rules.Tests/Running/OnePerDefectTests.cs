using EditorialLint.Core.Reading;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Running;

/// <summary>
/// One diagnostic per defect: residue to delete silences what lies inside it, and of overlapping
/// findings of one category the most severe stands for them, while the result stays in order.
/// </summary>
public class OnePerDefectTests
{
    private static readonly ArticleLinter Linter = InlinePack.Linter("""
        rules:
          - id: TST001
            title: A long phrase
            category: style
            severity: warning
            kind: existence
            message: "'{match}' is long"
            terms: [quick brown fox]
            examples:
              - good: "Nothing here."
          - id: TST002
            title: A word in another category
            category: punctuation
            severity: suggestion
            kind: existence
            message: "'{match}' is brown"
            terms: [brown]
            examples:
              - good: "Nothing here."
          - id: TST003
            title: An overlapping, more severe phrase
            category: style
            severity: error
            kind: existence
            message: "'{match}' jumps"
            terms: [fox jumps]
            examples:
              - good: "Nothing here."
          - id: TST004
            title: A later, milder phrase overlapping the severe one
            category: style
            severity: suggestion
            kind: existence
            message: "'{match}' is over"
            terms: [jumps over]
            examples:
              - good: "Nothing here."
          - id: TST005
            title: Residue
            category: scraper-artifact
            severity: error
            kind: existence
            message: "'{match}' is residue"
            terms: [Read more about the lazy dog]
            examples:
              - good: "Nothing here."
          - id: TST006
            title: A word inside the residue or just past it
            category: style
            severity: error
            kind: existence
            message: "'{match}' is lazy"
            terms: [lazy dog, dog sleeps]
            examples:
              - good: "Nothing here."
        """);

    private static IReadOnlyList<(string RuleId, string Text)> Lint(string text) =>
        Linter.Lint(PlainTextReader.Instance.Read(new SourceText("test.txt", text))).Diagnostics
            .Select(d => (d.RuleId, d.Text)).ToList();

    [Fact]
    public void Lint_LaterMoreSevereRival_TakesOverAndTheDiagnosticsStaySortedByOffset()
    {
        // The error "fox jumps" displaces the warning "quick brown fox", which came before "brown".
        Assert.Equal([("TST002", "brown"), ("TST003", "fox jumps")], Lint("The quick brown fox jumps high."));
    }

    [Fact]
    public void Lint_MilderFindingOverlappingTheOneThatTookOver_IsDropped()
    {
        Assert.Equal([("TST002", "brown"), ("TST003", "fox jumps")], Lint("The quick brown fox jumps over it."));
    }

    [Fact]
    public void Lint_FindingsThatNoLongerOverlap_AreEachKept()
    {
        const string Text = "The quick brown fox slept. Later the fox jumps. Then it jumps over.";

        Assert.Equal([("TST001", "quick brown fox"), ("TST002", "brown"), ("TST003", "fox jumps"), ("TST004", "jumps over")], Lint(Text));
    }

    [Fact]
    public void Lint_FindingInsideResidue_IsSilencedButOneReachingPastItIsNot()
    {
        const string Text = "Talks resumed. Read more about the lazy dog sleeps.";

        Assert.Equal([("TST005", "Read more about the lazy dog"), ("TST006", "dog sleeps")], Lint(Text));
    }

    [Fact]
    public void Find_ManyOverlappingFindings_OneStandsForEachRun()
    {
        // Repeated, so that every run is decided on its own and the order holds over the whole text.
        var text = string.Concat(Enumerable.Repeat("The quick brown fox jumps over. ", 500));

        var findings = Linter.Find(text, "test.txt", out _);

        Assert.Equal(1000, findings.Count);
        Assert.Equal(500, findings.Count(f => f.RuleId == "TST003"));
        Assert.Equal(500, findings.Count(f => f.RuleId == "TST002"));
        Assert.Equal(findings.OrderBy(f => f.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList(), findings);
    }
}
