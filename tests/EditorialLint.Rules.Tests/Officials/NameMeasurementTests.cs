using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;
using Xunit.Abstractions;

namespace EditorialLint.Rules.Tests.Officials;

/// <summary>
/// Measures the official-name rules on the labelled names (fixtures/labelled/names): recall on
/// listed and unlisted misspellings, precision, and not one correct name flagged.
/// </summary>
public class NameMeasurementTests(ITestOutputHelper output)
{
    private const double ListedRecallTarget = 0.95;
    private const double UnlistedRecallTarget = 0.85;

    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    public static TheoryData<string> Sets => new() { "", "holdout" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void LabelledNames_RecallMeetsTargets_AndNoCorrectNameIsFlagged(string set)
    {
        var folder = set.Length == 0 ? RepositoryRoot.Combine("fixtures", "labelled", "names") : RepositoryRoot.Combine("fixtures", "labelled", "names", set);
        var scores = Score(NameItem.ReadFolder(folder));
        foreach (var score in scores.Values) Report(score);

        var listed = scores["listed"];
        var unlisted = scores["unlisted"];
        var correct = scores["correct"];
        var lookalike = scores["lookalike"];
        Assert.True(listed.Expected + unlisted.Expected >= 150, $"only {listed.Expected + unlisted.Expected} misspelled mentions; the set needs 150");
        Assert.True(unlisted.Expected * 2 >= listed.Expected + unlisted.Expected, "at least half the misspellings must be of a kind the registry does not list");
        Assert.True(correct.CorrectMentions + lookalike.CorrectMentions >= 400,
            $"only {correct.CorrectMentions + lookalike.CorrectMentions} correct mentions; the set needs 400");
        Assert.True(listed.Recall >= ListedRecallTarget, $"{listed} — below {ListedRecallTarget:P0}");
        Assert.True(unlisted.Recall >= UnlistedRecallTarget, $"{unlisted} — below {UnlistedRecallTarget:P0}");
        Assert.True(listed.Precision >= 0.95 && unlisted.Precision >= 0.95, $"{listed}; {unlisted} — stray reports on misspelled items");
        Assert.True(correct.FalsePositives.Count == 0, $"correct names flagged:{Environment.NewLine}{string.Join(Environment.NewLine, correct.FalsePositives)}");
        Assert.True(lookalike.FalsePositives.Count == 0, $"other people's names flagged:{Environment.NewLine}{string.Join(Environment.NewLine, lookalike.FalsePositives)}");
    }

    private void Report(NameScore score)
    {
        output.WriteLine(score.ToString());
        foreach (var (slip, (found, expected)) in score.BySlip) output.WriteLine($"  {slip}: {found}/{expected}");
        foreach (var miss in score.Misses) output.WriteLine("  missed " + miss);
        foreach (var fp in score.FalsePositives) output.WriteLine("  wrongly reported " + fp);
    }

    private static SortedDictionary<string, NameScore> Score(IReadOnlyList<NameItem> items)
    {
        var linter = Shipped.Value;
        var scores = new SortedDictionary<string, NameScore>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!scores.TryGetValue(item.Group, out var score)) scores[item.Group] = score = new NameScore(item.Group);
            var findings = linter.Find(item.Text, "item.txt", out _)
                .Where(f => linter.Rules.Descriptors[f.RuleId].Kind == "official-name").ToList();
            if (item.Expect.Count == 0)
            {
                score.CorrectMentions += item.Names.Count;
                score.FalsePositives.AddRange(findings.Select(f => Describe(item, f)));
                continue;
            }

            var spans = item.Expect.Select(e => (Start: item.Text.IndexOf(e, StringComparison.Ordinal), e.Length)).ToList();
            Assert.DoesNotContain(spans, s => s.Start < 0);
            var slip = item.Slip.Replace(", surname alone", "", StringComparison.Ordinal);
            for (var i = 0; i < spans.Count; i++)
            {
                var hit = findings.Any(f => Overlaps(f, spans[i].Start, spans[i].Length));
                score.Expected++;
                if (hit) score.Found++;
                else score.Misses.Add($"'{item.Expect[i]}' ({item.Slip}) in {item.Text}");
                var (found, expected) = score.BySlip.GetValueOrDefault(slip);
                score.BySlip[slip] = (found + (hit ? 1 : 0), expected + 1);
            }

            foreach (var f in findings)
            {
                if (spans.Any(s => Overlaps(f, s.Start, s.Length))) score.TruePositives++;
                else score.FalsePositives.Add(Describe(item, f));
            }
        }

        return scores;
    }

    private static bool Overlaps(Finding f, int start, int length) => f.Start < start + length && start < f.Start + f.Length;

    private static string Describe(NameItem item, Finding f) =>
        $"{f.RuleId} '{item.Text.Substring(f.Start, f.Length)}' ({f.Message}) in {item.Text}";
}
