using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using EditorialLint.Core.Policy;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;
using FsCheck.Xunit;

namespace EditorialLint.Rules.Tests.Reliability;

/// <summary>
/// The shipped rules over arbitrary text: linting never throws, every diagnostic is a true slice
/// of the text at the line and column it claims, and fixes touch nothing outside their spans.
/// A failure prints the shrunk text as a JSON string and a seed to replay it with.
/// </summary>
public sealed class LintProperties
{
    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    [Property(MaxTest = 300, Arbitrary = [typeof(HostileArbitraries)])]
    public void Lint_AnyText_EveryDiagnosticIsTheSliceAtItsLineAndColumn(HostileText input)
    {
        var text = input.Text;
        var article = PlainTextReader.Instance.Read(new SourceText("hostile.txt", text));
        // Sorted order is promised of what is reported, which goes through the policy.
        var diagnostics = LintPolicy.Default.Apply(article, Shipped.Value.Lint(article).Diagnostics);

        Diagnostic? previous = null;
        foreach (var d in diagnostics)
        {
            Assert.True(d.Offset >= 0 && d.Length >= 0 && d.Offset + d.Length <= text.Length,
                $"{d.RuleId} at {d.Offset}+{d.Length} lies outside a text of {text.Length}");
            Assert.Equal(text.Substring(d.Offset, d.Length), d.Text);
            Assert.Equal(Position(text, d.Offset), (d.Line, d.Column));
            Assert.Equal(Position(text, d.Offset + d.Length), (d.EndLine, d.EndColumn));
            Assert.Contains(d.Category, Categories.All);
            Assert.True(Enum.IsDefined(d.Severity), $"{d.RuleId}: severity {d.Severity}");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"{d.RuleId} has an empty message");
            foreach (var fix in d.Fixes)
            {
                Assert.True(fix.Offset >= 0 && fix.Length >= 0 && fix.Offset + fix.Length <= text.Length,
                    $"{d.RuleId}'s fix at {fix.Offset}+{fix.Length} lies outside a text of {text.Length}");
            }

            if (previous is not null)
            {
                var order = previous.Offset.CompareTo(d.Offset);
                Assert.True(order < 0 || (order == 0 && string.CompareOrdinal(previous.RuleId, d.RuleId) <= 0),
                    $"{previous.RuleId}@{previous.Offset} is listed before {d.RuleId}@{d.Offset}");
            }

            previous = d;
        }
    }

    /// <summary>A diagnostic never starts or ends between the two halves of a surrogate pair.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(HostileArbitraries)])]
    public void Lint_AnyText_NoDiagnosticSplitsACharacter(HostileText input)
    {
        var text = input.Text;
        foreach (var d in Shipped.Value.Lint(PlainTextReader.Instance.Read(new SourceText("hostile.txt", text))).Diagnostics)
        {
            Assert.False(SplitsPair(text, d.Offset) || SplitsPair(text, d.Offset + d.Length),
                $"{d.RuleId} at {d.Offset}+{d.Length} ({System.Text.Json.JsonSerializer.Serialize(d.Text)}) splits a surrogate pair");
        }
    }

    [Fact]
    public void Lint_EmojiBeforeAnEllipsis_ReportsWholeCharacters()
    {
        const string text = "He said it was \U0001F600...\n";
        var diagnostics = Shipped.Value.Lint(PlainTextReader.Instance.Read(new SourceText("emoji.txt", text))).Diagnostics;

        var d = Assert.Single(diagnostics, d => d.RuleId == "EDL0405");
        Assert.False(SplitsPair(text, d.Offset), $"EDL0405 starts at {d.Offset}, inside the emoji");
    }

    /// <summary>
    /// The property proved: when the diagnostics' single fixes are applied, the result is the text's
    /// stretches outside every fix span, unchanged and in order, with something (the replacements) in
    /// between: a character no fix covers is never changed, moved or dropped.
    /// </summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(HostileArbitraries)])]
    public void Fix_AnyText_LeavesEverythingOutsideTheFixSpansAsItWas(HostileText input)
    {
        var text = input.Text;
        var result = Shipped.Value.Lint(PlainTextReader.Instance.Read(new SourceText("hostile.txt", text)));
        var fixes = result.Diagnostics.Where(d => d.Fixes.Count == 1).Select(d => d.Fixes[0]).ToList();

        var (fixedText, applied) = FixApplier.Apply(text, fixes);

        Assert.InRange(applied, fixes.Count == 0 ? 0 : 1, fixes.Count);
        Assert.True(KeepsUntouched(text, fixes, fixedText), $"text outside the fix spans changed: {Describe(fixes)}");
    }

    /// <summary>1-based line and column of <paramref name="offset"/>, counted here without the product's line index.</summary>
    internal static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    /// <summary>
    /// True when <paramref name="result"/> is <paramref name="text"/>'s stretches outside every fix
    /// span, unchanged and in order, with anything at all in place of each region the fixes cover.
    /// </summary>
    internal static bool KeepsUntouched(string text, IReadOnlyList<Fix> fixes, string result)
    {
        var regions = fixes.Select(f => (Start: f.Offset, End: f.Offset + f.Length)).OrderBy(r => r.Start).ThenBy(r => r.End).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var r in regions)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            else merged.Add(r);
        }

        var stretches = new List<string>();
        var position = 0;
        foreach (var (start, end) in merged)
        {
            stretches.Add(text[position..start]);
            position = end;
        }

        stretches.Add(text[position..]);
        if (stretches.Count == 1) return result == text;

        // The first stretch starts the result and the last ends it; the ones between are found
        // leftmost, in order, which finds them whenever any placement exists.
        var first = stretches[0];
        var last = stretches[^1];
        if (!result.StartsWith(first, StringComparison.Ordinal) || !result.EndsWith(last, StringComparison.Ordinal)) return false;
        var from = first.Length;
        var limit = result.Length - last.Length;
        if (limit < from) return false;
        foreach (var stretch in stretches.Skip(1).Take(stretches.Count - 2))
        {
            var at = result.IndexOf(stretch, from, limit - from, StringComparison.Ordinal);
            if (at < 0) return false;
            from = at + stretch.Length;
        }

        return true;
    }

    internal static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static string Describe(IEnumerable<Fix> fixes) =>
        string.Join("; ", fixes.Select(f => $"{f.Offset}+{f.Length} -> {System.Text.Json.JsonSerializer.Serialize(f.Replacement)}"));
}
