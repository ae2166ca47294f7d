using EditorialLint.Cli.Formatters;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Tests.Formatters;

/// <summary>
/// The text report: the excerpt with tabs shown as spaces and the span underlined; on a terminal,
/// colours around the file, the severity, the rule and the carets, and nothing else changed.
/// </summary>
public sealed class TextFormatterTests
{
    private const string Source = "Intro\n\tThe zorblax\tleft.\n";

    [Fact]
    public void WriteFile_OnATerminal_PaintsSeverityRuleAndCarets()
    {
        var output = new StringWriter { NewLine = "\n" };

        new TextFormatter(color: true).WriteFile(output, Report());

        Assert.Equal(
            "\u001b[1mnews/a.txt\u001b[0m\n" +
            "  2:6  \u001b[31merror\u001b[0m  Use 'zorb'  \u001b[2mRELY001 style\u001b[0m\n" +
            "      The zorblax left.\n" +
            "          \u001b[31m^^^^^^^\u001b[0m\n" +
            "\n",
            output.ToString());
    }

    [Fact]
    public void WriteFile_InAFileOrPipe_WritesPlainText()
    {
        var output = new StringWriter { NewLine = "\n" };

        new TextFormatter(color: false).WriteFile(output, Report());

        Assert.Equal(
            "news/a.txt\n" +
            "  2:6  error  Use 'zorb'  RELY001 style\n" +
            "      The zorblax left.\n" +
            "          ^^^^^^^\n" +
            "\n",
            output.ToString());
    }

    private static FileReport Report() => new("news/a.txt", Source,
    [
        new Diagnostic
        {
            RuleId = "RELY001",
            Category = "style",
            Severity = Severity.Error,
            Message = "Use 'zorb'",
            Line = 2,
            Column = 6,
            EndLine = 2,
            EndColumn = 13,
            Offset = 11,
            Length = 7,
            Text = "zorblax",
        },
    ]);
}
