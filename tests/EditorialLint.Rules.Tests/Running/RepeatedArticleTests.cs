using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Running;

/// <summary>
/// A long article made of one article over and over says what that article says, once per copy:
/// nothing is lost, doubled or moved as the text grows, consistency counts and one-per-defect included.
/// </summary>
public sealed class RepeatedArticleTests
{
    private const char FixSeparator = '\u001F';

    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    [Fact]
    public void Lint_SeedArticlesRepeatedToAMegabyte_ReportTheirDiagnosticsOncePerCopy()
    {
        // The five seed articles, one after another, make one copy.
        var unit = string.Concat(Directory.GetFiles(RepositoryRoot.Combine("fixtures", "articles"), "*.txt")
            .Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f).TrimEnd() + "\n\n"));
        var linesPerCopy = unit.Count(c => c == '\n');
        var copies = (1024 * 1024 / unit.Length) + 1;

        // The first copy opens with its headline; every later one reads that line as a paragraph.
        var first = Lint(unit, out _);
        var later = Lint(unit + unit, out _).Where(d => d.Offset >= unit.Length).Select(d => Shifted(d, -1, unit.Length, linesPerCopy)).ToList();
        var expected = first.Concat(Enumerable.Range(1, copies - 1).SelectMany(i => later.Select(d => Shifted(d, i, unit.Length, linesPerCopy)))).ToList();

        var actual = Lint(string.Concat(Enumerable.Repeat(unit, copies)), out var timeouts);

        Assert.Empty(timeouts);
        Assert.NotEmpty(first);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
    }

    private static List<Seen> Lint(string text, out IReadOnlyList<string> timeouts)
    {
        var result = Shipped.Value.Lint(PlainTextReader.Instance.Read(new SourceText("repeated.txt", text)));
        timeouts = result.Timeouts;
        return result.Diagnostics.Select(d => new Seen(d.RuleId, d.Severity, d.Message, d.Offset, d.Length, d.Line, d.Column,
            string.Join(FixSeparator, d.Fixes.Select(f => $"{f.Offset}+{f.Length}:{f.Replacement}")))).ToList();
    }

    private static Seen Shifted(Seen d, int copies, int length, int lines)
    {
        var fixes = d.Fixes.Length == 0 ? "" : string.Join(FixSeparator, d.Fixes.Split(FixSeparator).Select(f =>
        {
            var plus = f.IndexOf('+', StringComparison.Ordinal);
            return (int.Parse(f[..plus], System.Globalization.CultureInfo.InvariantCulture) + (copies * length)).ToString(System.Globalization.CultureInfo.InvariantCulture) + f[plus..];
        }));
        return d with { Offset = d.Offset + (copies * length), Line = d.Line + (copies * lines), Fixes = fixes };
    }

    private sealed record Seen(string RuleId, Severity Severity, string Message, int Offset, int Length, int Line, int Column, string Fixes);
}
