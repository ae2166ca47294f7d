using System.Text.RegularExpressions;
using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests;

/// <summary>The <c>text</c> format an editor reads: position, severity, message, the line, a caret under the span, a summary in words.</summary>
[Collection(SeedRunsCollection.Name)]
public sealed class TextOutputTests
{
    [Fact]
    public void Lint_Text_UnderlinesExactlyTheOffendingSpan()
    {
        using var temp = new TempFolder();
        var path = temp.Write("article.txt", "Talks\n\nOn Sunday Secretary of State Anthony Blinken met officials in Kiev.\n");

        var result = Tool.Run("lint", path);

        Assert.Equal(1, result.ExitCode);
        var lines = result.StdoutLines;
        Assert.Equal(path, lines[0]);
        AssertUnderlined(lines, "3:30", "error", "EDL0101", "Anthony Blinken");
        AssertUnderlined(lines, "3:63", "warning", "EDL0701", "Kiev");
        Assert.Matches("^1 error (and|&) 1 warning in 1 article$", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Lint_TextOnTheSeeds_EndsWithTheSummaryInWords()
    {
        var json = LintReport.Parse(Tool.Run("lint", "fixtures/articles/*.txt", "--format", "json").Stdout);

        var result = Tool.Run("lint", "fixtures/articles/*.txt", "--format", "text");

        var summary = result.StdoutLines.Last(l => l.Length > 0);
        Assert.Matches($@"^{json.Summary.Errors} errors (and|&) {json.Summary.Warnings} warnings in 5 articles$", summary);
        foreach (var seed in json.Files)
            Assert.Contains(seed.Path, result.StdoutLines);
    }

    [Fact]
    public void Lint_TextOnACleanArticle_SaysNoProblems()
    {
        var result = Tool.Run("lint", "fixtures/clean/001-nato-ministers-brussels.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["No problems in 1 article", ""], result.StdoutLines);
    }

    private static void AssertUnderlined(IReadOnlyList<string> lines, string position, string severity, string ruleId, string span)
    {
        var header = lines.ToList().FindIndex(l => l.StartsWith($"  {position}  {severity}  ", StringComparison.Ordinal) && l.Contains(ruleId, StringComparison.Ordinal));
        Assert.True(header >= 0, $"no '{position} {severity} … {ruleId}' line in:\n{string.Join('\n', lines)}");
        var excerpt = lines[header + 1];
        var carets = lines[header + 2];
        var at = excerpt.IndexOf(span, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the excerpt '{excerpt}' does not show '{span}'");
        Assert.Matches($@"^ *\^{{{span.Length}}}$", carets);
        Assert.Equal(at, carets.IndexOf('^'));
        Assert.Matches(new Regex(@"^ {4}"), excerpt);
    }
}
