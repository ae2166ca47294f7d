using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Configuration;

public class HouseStyleTests
{
    private const string Pack = """
        rules:
          - id: EDL9601
            title: One spelling
            category: consistency
            severity: warning
            kind: consistency
            message: "use '{expected}'"
            variants:
              - [Kyiv, Kiev]
            examples:
              - bad: "Kyiv said. Kyiv agreed. Kiev left."
                expect: ["Kiev"]
              - good: "Kyiv said."
        """;

    [Fact]
    public void Consistency_WithoutHouseStyle_KeepsTheMostFrequentSpelling()
    {
        var linter = new ArticleLinter(InlinePack.Compile(Pack));
        const string text = "Kiev said. Kiev agreed. Kyiv left.";

        var findings = InlinePack.Find(linter, text, "EDL9601");

        Assert.Equal(["Kyiv"], InlinePack.Spans(text, findings));
        Assert.Equal("Kiev", Assert.Single(Assert.Single(findings).Fixes).Replacement);
    }

    [Fact]
    public void Consistency_WithHouseStyle_KeepsThePreferredSpellingEvenWhenRarer()
    {
        var linter = new ArticleLinter(InlinePack.Compile(Pack), preferred: ["Kyiv"]);
        const string text = "Kiev said. Kiev agreed. Kyiv left.";

        var findings = InlinePack.Find(linter, text, "EDL9601");

        Assert.Equal(["Kiev", "Kiev"], InlinePack.Spans(text, findings));
        Assert.All(findings, f => Assert.Equal("Kyiv", Assert.Single(f.Fixes).Replacement));
    }
}
