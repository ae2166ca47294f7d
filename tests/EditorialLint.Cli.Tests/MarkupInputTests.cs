using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests;

/// <summary>Markdown and HTML articles: diagnostics point into the file as written, markup and all.</summary>
[Collection(SeedRunsCollection.Name)]
public sealed class MarkupInputTests
{
    [Fact]
    public void Lint_Markdown_OffsetsPointIntoTheOriginalFile()
    {
        using var temp = new TempFolder();
        const string markdown = """
            # Talks in Brussels

            **Secretary of State** [Anthony Blinken](https://example.org/blinken) spoke to officials in *Kiev* on Sunday.

            > “We will respond,” he said.
            """;
        var path = temp.Write("story.md", markdown + "\n");

        var file = LintReport.Parse(Tool.Run("lint", path, "--format", "json").Stdout).File(path);

        AssertSlicesOfTheFile(file, path);
        Assert.Equal(markdown.IndexOf("Anthony Blinken", StringComparison.Ordinal), Assert.Single(file.Diagnostics, d => d.RuleId == "EDL0101").Offset);
        Assert.Equal(markdown.IndexOf("Kiev", StringComparison.Ordinal), Assert.Single(file.Diagnostics, d => d.RuleId == "EDL0701").Offset);
    }

    [Fact]
    public void Lint_Html_OffsetsPointIntoTheOriginalFileThroughTagsAndReferences()
    {
        using var temp = new TempFolder();
        const string html = """
            <!doctype html>
            <html><head><title>Talks</title><style>p { color: black; }</style></head>
            <body>
            <h1>Talks in Brussels</h1>
            <p>Secretary of State <b>Anthony Blinken</b> met officials from &#75;iev &amp; Lviv on Sunday.</p>
            </body></html>
            """;
        var path = temp.Write("story.html", html + "\n");

        var file = LintReport.Parse(Tool.Run("lint", path, "--format", "json").Stdout).File(path);

        AssertSlicesOfTheFile(file, path);
        var name = Assert.Single(file.Diagnostics, d => d.RuleId == "EDL0101");
        Assert.Equal(html.IndexOf("Anthony Blinken", StringComparison.Ordinal), name.Offset);
        Assert.Equal((5, 26), (name.Line, name.Column));
        var place = Assert.Single(file.Diagnostics, d => d.RuleId == "EDL0701");
        Assert.Equal("&#75;iev", place.Text);
        Assert.Equal(html.IndexOf("&#75;iev", StringComparison.Ordinal), place.Offset);
    }

    private static void AssertSlicesOfTheFile(FileEntry file, string path)
    {
        var source = TextPositions.Decoded(path);
        Assert.NotEmpty(file.Diagnostics);
        foreach (var d in file.Diagnostics)
        {
            Assert.Equal(source.Substring(d.Offset, d.Length), d.Text);
            Assert.Equal(TextPositions.At(source, d.Offset), (d.Line, d.Column));
            Assert.Equal(TextPositions.At(source, d.Offset + d.Length), (d.EndLine, d.EndColumn));
        }
    }
}
