using System.Text;
using EditorialLint.Cli.Fixing;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Reading;

namespace EditorialLint.Cli.Tests.Fixing;

/// <summary>Which fixes a pass may take: one fix per diagnostic, inside the file, and clean in markup.</summary>
public sealed class FixSelectionTests
{
    [Fact]
    public void Choose_DiagnosticWithTwoFixes_LeavesItForAnEditor()
    {
        var article = Read("a.txt", "Kiev is here.");
        var d = At(article, 0, 4, new Fix(0, 4, "Kyiv"), new Fix(0, 4, "Kyjiw"));

        var choice = FixSelection.Choose(article, [d]);

        Assert.Empty(choice.Fixes);
        Assert.Equal(["a.txt:1:1: TST0001: 2 possible fixes, left for an editor to choose"], choice.Notes);
    }

    [Fact]
    public void Choose_FixOutsideTheFile_IsRefused()
    {
        var article = Read("a.txt", "Kiev");

        var choice = FixSelection.Choose(article, [At(article, 0, 4, new Fix(2, 9, "x"))]);

        Assert.Empty(choice.Fixes);
        Assert.Equal(["a.txt:1:1: TST0001: fix lies outside the file, not applied"], choice.Notes);
    }

    [Fact]
    public void Choose_FixThatChangesNothing_IsDropped()
    {
        var article = Read("a.txt", "Kyiv");

        var choice = FixSelection.Choose(article, [At(article, 0, 4, new Fix(0, 4, "Kyiv"))]);

        Assert.Empty(choice.Fixes);
        Assert.Empty(choice.Notes);
    }

    [Fact]
    public void Choose_CrlfText_WritesNewLinesInTheReplacementAsTheFileDoes()
    {
        var article = Read("a.txt", "a\r\nb--c\r\n");

        var choice = FixSelection.Choose(article, [At(article, 4, 2, new Fix(4, 2, "\n"))]);

        Assert.Equal([new Fix(4, 2, "\r\n")], choice.Fixes);
    }

    [Fact]
    public void Choose_MarkdownReplacementWithEmphasis_IsRefused()
    {
        var article = Read("a.md", "Kiev here\n");

        var choice = FixSelection.Choose(article, [At(article, 0, 4, new Fix(0, 4, "*Kyiv*"))]);

        Assert.Empty(choice.Fixes);
        Assert.Equal(["a.md:1:1: TST0001: fix not applied: the replacement brings Markdown syntax '*' into the file; fix it by hand"], choice.Notes);
    }

    [Fact]
    public void Choose_MarkdownReplacementThatReadsAsAnEntity_IsRefused()
    {
        var article = Read("a.md", "AT and T\n");

        var choice = FixSelection.Choose(article, [At(article, 0, 8, new Fix(0, 8, "AT&amp;T"))]);

        Assert.Empty(choice.Fixes);
        Assert.Single(choice.Notes);
    }

    [Fact]
    public void Choose_HtmlReplacement_IsEscaped()
    {
        var article = Read("a.html", "<p>M and S</p>");

        var choice = FixSelection.Choose(article, [At(article, 3, 7, new Fix(3, 7, "M & <S>"))]);

        Assert.Equal([new Fix(3, 7, "M &amp; &lt;S&gt;")], choice.Fixes);
    }

    [Fact]
    public void Choose_SpanAcrossAnHtmlTag_IsRefused()
    {
        var article = Read("a.html", "<p>Ki<b>ev</b></p>");

        var choice = FixSelection.Choose(article, [At(article, 3, 7, new Fix(3, 7, "Kyiv"))]);

        Assert.Empty(choice.Fixes);
        Assert.Equal(["a.html:1:4: TST0001: fix not applied: 'Ki<b>ev' crosses markup in the file; fix it by hand"], choice.Notes);
    }

    private static Article Read(string path, string text) => ArticleReader.Read(path, Encoding.UTF8.GetBytes(text));

    private static Diagnostic At(Article article, int offset, int length, params Fix[] fixes)
    {
        var start = article.SourceLines.GetPosition(offset);
        var end = article.SourceLines.GetPosition(offset + length);
        return new Diagnostic
        {
            RuleId = "TST0001",
            Category = "style",
            Severity = Severity.Warning,
            Message = "test",
            Line = start.Line,
            Column = start.Column,
            EndLine = end.Line,
            EndColumn = end.Column,
            Offset = offset,
            Length = length,
            Text = article.Source.Text.Substring(offset, length),
            Fixes = fixes,
        };
    }
}
