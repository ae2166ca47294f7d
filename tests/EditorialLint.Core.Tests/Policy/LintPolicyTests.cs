using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Policy;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Policy;

public class LintPolicyTests
{
    private static Article Read(string text, string path = "a.txt") =>
        ArticleReader.Read(path, System.Text.Encoding.UTF8.GetBytes(text));

    private static Diagnostic At(Article article, string ruleId, string category, Severity severity, string text)
    {
        var offset = article.Source.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{text}' not in the article");
        var start = article.SourceLines.GetPosition(offset);
        var end = article.SourceLines.GetPosition(offset + text.Length);
        return new Diagnostic
        {
            RuleId = ruleId,
            Category = category,
            Severity = severity,
            Message = "m",
            Line = start.Line,
            Column = start.Column,
            EndLine = end.Line,
            EndColumn = end.Column,
            Offset = offset,
            Length = text.Length,
            Text = text,
        };
    }

    [Fact]
    public void Apply_RuleSetToNone_DropsItsDiagnostics()
    {
        var article = Read("Troops Along the border moved to Kiev.");
        var diagnostics = new[]
        {
            At(article, "EDL0301", Categories.MachineTranslation, Severity.Warning, "Along"),
            At(article, "EDL0701", Categories.Style, Severity.Warning, "Kiev"),
        };
        var policy = new LintPolicy([new SeverityOverride("EDL0301", null)]);

        var kept = policy.Apply(article, diagnostics);

        Assert.Equal(["EDL0701"], kept.Select(d => d.RuleId));
    }

    [Fact]
    public void Apply_CategorySeverity_AppliesUnlessTheRuleHasItsOwn()
    {
        var article = Read("Troops Along the border moved In tweet to Kiev.");
        var diagnostics = new[]
        {
            At(article, "EDL0301", Categories.MachineTranslation, Severity.Warning, "Along"),
            At(article, "EDL0302", Categories.MachineTranslation, Severity.Warning, "In tweet"),
        };
        var policy = new LintPolicy([new SeverityOverride(Categories.MachineTranslation, Severity.Error), new SeverityOverride("EDL0302", Severity.Suggestion)]);

        var kept = policy.Apply(article, diagnostics);

        Assert.Equal([Severity.Error, Severity.Suggestion], kept.Select(d => d.Severity));
    }

    [Fact]
    public void Apply_MinimumSeverity_HidesWhatIsBelowIt()
    {
        var article = Read("Troops Along the border moved to Kiev.");
        var diagnostics = new[]
        {
            At(article, "EDL0301", Categories.MachineTranslation, Severity.Warning, "Along"),
            At(article, "EDL0101", Categories.OfficialName, Severity.Error, "Kiev"),
        };

        var kept = new LintPolicy([], Severity.Error).Apply(article, diagnostics);

        Assert.Equal(["EDL0101"], kept.Select(d => d.RuleId));
    }

    [Fact]
    public void Apply_DisableEnableInMarkdownComments_SilencesOnlyBetweenThem()
    {
        var article = Read("""
            Kiev one.

            <!-- editorial-lint-disable EDL0701 -->
            Kiev two.
            <!-- editorial-lint-enable EDL0701 -->

            Kiev three.
            """, "a.md");
        var text = article.Source.Text;
        var kievs = new List<Diagnostic>();
        for (var i = text.IndexOf("Kiev", StringComparison.Ordinal); i >= 0; i = text.IndexOf("Kiev", i + 1, StringComparison.Ordinal))
        {
            var pos = article.SourceLines.GetPosition(i);
            kievs.Add(new Diagnostic
            {
                RuleId = "EDL0701",
                Category = Categories.Style,
                Severity = Severity.Warning,
                Message = "m",
                Line = pos.Line,
                Column = pos.Column,
                EndLine = pos.Line,
                EndColumn = pos.Column + 4,
                Offset = i,
                Length = 4,
                Text = "Kiev",
            });
        }

        var kept = LintPolicy.Default.Apply(article, kievs);

        Assert.Equal([1, 7], kept.Select(d => d.Line));
    }

    [Fact]
    public void Apply_DisableNextLineInPlainText_SilencesTheNextLineOnly()
    {
        var article = Read("editorial-lint-disable-next-line EDL0701\nKiev here.\nKiev there.\n");
        var diagnostics = new[]
        {
            At(article, "EDL0701", Categories.Style, Severity.Warning, "Kiev here"),
            At(article, "EDL0701", Categories.Style, Severity.Warning, "Kiev there"),
        };

        var kept = LintPolicy.Default.Apply(article, diagnostics);

        Assert.Equal([3], kept.Select(d => d.Line));
    }

    [Fact]
    public void Apply_DisableLineInHtmlComment_SilencesItsLine()
    {
        var article = Read("<p>Kiev here. <!-- editorial-lint-disable-line --></p>\n<p>Kiev there.</p>\n", "a.html");
        var diagnostics = new[]
        {
            At(article, "EDL0701", Categories.Style, Severity.Warning, "Kiev here"),
            At(article, "EDL0701", Categories.Style, Severity.Warning, "Kiev there"),
        };

        var kept = LintPolicy.Default.Apply(article, diagnostics);

        Assert.Equal([2], kept.Select(d => d.Line));
    }

    [Fact]
    public void Apply_SuppressionThatSilencesNothing_IsReportedAsASuggestion()
    {
        var article = Read("editorial-lint-disable-next-line EDL0101\nKiev here.\n");
        var diagnostics = new[] { At(article, "EDL0701", Categories.Style, Severity.Warning, "Kiev") };

        var kept = LintPolicy.Default.Apply(article, diagnostics);

        var unused = Assert.Single(kept, d => d.RuleId == LintPolicy.UnusedSuppressionId);
        Assert.Equal(Severity.Suggestion, unused.Severity);
        Assert.Equal("editorial-lint-disable-next-line EDL0101", unused.Text);
        Assert.Equal((1, 1), (unused.Line, unused.Column));
        Assert.Contains(kept, d => d.RuleId == "EDL0701");
    }

    [Fact]
    public void Apply_CmsSuppressionsField_SilencesTheRuleEverywhere()
    {
        var article = Read("""{ "headline": "Kiev talks", "body": "Kiev said no.", "suppressions": ["EDL0701"] }""", "a.json");
        var text = article.Source.Text;
        var first = text.IndexOf("Kiev", StringComparison.Ordinal);
        var diagnostics = new[]
        {
            new Diagnostic
            {
                RuleId = "EDL0701", Category = Categories.Style, Severity = Severity.Warning, Message = "m",
                Line = 1, Column = first + 1, EndLine = 1, EndColumn = first + 5, Offset = first, Length = 4, Text = "Kiev",
            },
        };

        Assert.Empty(LintPolicy.Default.Apply(article, diagnostics));
    }

    [Fact]
    public void Apply_DisableNextLineInCmsTextBody_CountsTheLinesOfTheBody()
    {
        // The whole request is one JSON line; the editor's lines are the body's own.
        var article = Read("""{ "headline": "Kiev talks", "body": "editorial-lint-disable-next-line EDL0701\nKiev here.\nKiev there." }""", "a.json");
        var text = article.Source.Text;
        Diagnostic At(int from) => new()
        {
            RuleId = "EDL0701",
            Category = Categories.Style,
            Severity = Severity.Warning,
            Message = "m",
            Line = 1,
            Column = from + 1,
            EndLine = 1,
            EndColumn = from + 5,
            Offset = from,
            Length = 4,
            Text = "Kiev",
        };
        var headline = text.IndexOf("Kiev", StringComparison.Ordinal);
        var here = text.IndexOf("Kiev here", StringComparison.Ordinal);
        var there = text.IndexOf("Kiev there", StringComparison.Ordinal);

        var kept = LintPolicy.Default.Apply(article, [At(headline), At(here), At(there)]);

        Assert.Equal([headline, there], kept.Select(d => d.Offset));
    }

    [Fact]
    public void ApplyToFields_MarkersCountWithinTheirFieldAndUnusedOnesAreReportedThere()
    {
        var article = Read("""{ "headline": "Kiev talks", "body": "Kiev said.\neditorial-lint-disable-next-line EDL0701\nKiev here.\neditorial-lint-disable-next-line EDL0101\nKiev there." }""", "a.json");
        var body = article.Fields.Single(f => f.Name == ArticleField.Body).Value!.Text;
        Diagnostic In(string field, string value, string text)
        {
            var offset = value.IndexOf(text, StringComparison.Ordinal);
            return new Diagnostic
            {
                RuleId = "EDL0701",
                Category = Categories.Style,
                Severity = Severity.Warning,
                Message = "m",
                Field = field,
                Line = 1,
                Column = offset + 1,
                EndLine = 1,
                EndColumn = offset + 5,
                Offset = offset,
                Length = 4,
                Text = "Kiev",
            };
        }

        var kept = LintPolicy.Default.ApplyToFields(article,
            [In("body", body, "Kiev there"), In("body", body, "Kiev here"), In("body", body, "Kiev said"), In("headline", "Kiev talks", "Kiev")]);

        Assert.Equal([("headline", "EDL0701", 0), ("body", "EDL0701", 0), ("body", LintPolicy.UnusedSuppressionId, body.LastIndexOf("editorial-lint", StringComparison.Ordinal)), ("body", "EDL0701", body.IndexOf("Kiev there", StringComparison.Ordinal))],
            kept.Select(d => (d.Field, d.RuleId, d.Offset)));
        var unused = kept.Single(d => d.RuleId == LintPolicy.UnusedSuppressionId);
        Assert.Equal(("editorial-lint-disable-next-line EDL0101", 4, 1), (unused.Text, unused.Line, unused.Column));
    }
}
