using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;
using Xunit.Abstractions;

namespace EditorialLint.Rules.Tests.Labelled;

/// <summary>
/// Measures the shipped detectors on labelled text, category by category: recall (share of the
/// labelled spans a diagnostic of the category covers), precision (share of the category's
/// diagnostics that cover a labelled span) and the clean near-misses that stay silent.
/// </summary>
public class LabelledMeasurementTests(ITestOutputHelper output)
{
    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    public static TheoryData<string, double> Targets => new()
    {
        { Categories.ScraperArtifact, 0.90 },
        { Categories.Punctuation, 0.90 },
        { Categories.Truncation, 0.80 },
        { Categories.MachineTranslation, 0.60 },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void LabelledSet_RecallMeetsTarget_AndPrecisionStaysHigh(string category, double recallTarget)
    {
        var score = Score(RepositoryRoot.Combine("fixtures", "labelled", category + ".yaml"));
        Report(score);
        Assert.True(score.Expected >= 60, $"{category}: only {score.Expected} labelled positives; the set needs 60 or more");
        Assert.True(score.Recall >= recallTarget, $"{score} — below the {recallTarget:P0} target");
        Assert.True(score.Precision >= 0.90, $"{score} — precision below 90%");
        Assert.True(score.CleanItemsFlagged <= score.CleanItems / 20, $"{score} — too many clean near-misses flagged");
    }

    /// <summary>
    /// Floors for the held-out set, a little under what the detectors measured when it was added
    /// (docs/quality.md): they stop generalisation from slipping back; raise them as it improves.
    /// </summary>
    public static TheoryData<string, double> HeldOutFloors => new()
    {
        { Categories.ScraperArtifact, 0.50 },
        { Categories.Punctuation, 0.55 },
        { Categories.Truncation, 0.60 },
        { Categories.MachineTranslation, 0.25 },
    };

    [Theory]
    [MemberData(nameof(HeldOutFloors))]
    public void HeldOutSet_RecallStaysAboveItsFloor_AndCleanItemsStayQuiet(string category, double recallFloor)
    {
        // Written apart from the rules, so it measures how the detectors generalise.
        var path = RepositoryRoot.Combine("fixtures", "labelled", "holdout", category + ".yaml");
        Assert.True(File.Exists(path), $"the held-out set {path} is missing");
        var score = Score(path);
        Report(score);
        Assert.True(score.Recall >= recallFloor, $"held-out {score} — below its floor of {recallFloor:P0}");
        Assert.True(score.Precision >= 0.90, $"held-out {score} — precision below 90%");
        Assert.True(score.CleanItemsFlagged <= score.CleanItems / 20, $"held-out {score} — too many clean near-misses flagged");
    }

    private void Report(CategoryScore score)
    {
        output.WriteLine(score.ToString());
        foreach (var miss in score.Misses) output.WriteLine("  missed " + miss);
        foreach (var fp in score.FalsePositives) output.WriteLine("  wrongly reported " + fp);
    }

    private static CategoryScore Score(string path)
    {
        var items = LabelledSet.Read(path);
        var score = new CategoryScore(items[0].Category);
        foreach (var item in items)
        {
            var findings = Shipped.Value.Find(item.Text, path, out _).Where(f => f.Category == item.Category).ToList();
            if (item.IsClean)
            {
                score.CleanItems++;
                if (findings.Count > 0)
                {
                    score.CleanItemsFlagged++;
                    score.FalsePositives.Add($"#{item.Index} clean item: {string.Join(", ", findings.Select(f => $"{f.RuleId} '{item.Text.Substring(f.Start, f.Length)}'"))}");
                }

                continue;
            }

            var spans = item.Expect.SelectMany(e => Occurrences(item.Text, e).Select(start => (Start: start, e.Length, Text: e))).ToList();
            foreach (var span in spans)
            {
                score.Expected++;
                if (findings.Any(f => f.Start < span.Start + span.Length && span.Start < f.End)) score.Covered++;
                else score.Misses.Add($"#{item.Index} '{span.Text}' ({item.Note})");
            }

            foreach (var f in findings)
            {
                score.Reported++;
                if (spans.Any(s => f.Start < s.Start + s.Length && s.Start < f.End)) score.Correct++;
                else score.FalsePositives.Add($"#{item.Index} {f.RuleId} '{item.Text.Substring(f.Start, f.Length)}'");
            }
        }

        return score;
    }

    private static IEnumerable<int> Occurrences(string text, string needle)
    {
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
