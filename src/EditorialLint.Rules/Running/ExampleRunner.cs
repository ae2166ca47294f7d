using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Running;

/// <summary>
/// Runs the examples every rule carries: a bad text must report exactly its expected spans (and
/// fix to its <c>fixed</c> text), a good text must stay silent. Only the example's own rule counts.
/// </summary>
public static class ExampleRunner
{
    /// <summary>Runs the examples of <paramref name="rule"/>.</summary>
    public static IReadOnlyList<ExampleFailure> Run(ArticleLinter linter, RuleSpec rule)
    {
        var failures = new List<ExampleFailure>();
        foreach (var example in rule.Examples)
        {
            var findings = linter.FindAll(example.Text, "example", out _).Where(f => f.RuleId == rule.Id).ToList();
            void Fail(string problem) => failures.Add(new ExampleFailure(rule.Id, rule.File, example.Line, problem));
            if (!example.IsBad)
            {
                if (findings.Count > 0) Fail($"expected no report in a good example, got {Describe(example.Text, findings)}");
                continue;
            }

            var expected = example.Expect.SelectMany(e => Occurrences(example.Text, e).Select(start => (Text: e, Start: start))).ToList();
            var missed = expected.Where(e => !findings.Any(f => f.Start < e.Start + e.Text.Length && e.Start < f.End)).ToList();
            var extra = findings.Where(f => !expected.Any(e => f.Start < e.Start + e.Text.Length && e.Start < f.End)).ToList();
            if (missed.Count > 0 || extra.Count > 0)
            {
                Fail($"expected [{string.Join(", ", example.Expect.Select(e => $"'{e}'"))}] got {Describe(example.Text, findings)}");
                continue;
            }

            if (example.Fixed is not null)
            {
                var (fixedText, _) = FixApplier.Apply(example.Text, findings.SelectMany(f => f.Fixes));
                if (fixedText != example.Fixed) Fail($"expected the fix to give '{example.Fixed}' got '{fixedText}'");
            }
        }

        return failures;
    }

    /// <summary>
    /// The first failing example among the rules that did not ship with the tool (those are proven
    /// by the test suite), or null when all pass. A pass is remembered for the exact texts the rules
    /// were read from and this build of the tool, so that the next run with them does not run them again.
    /// </summary>
    public static ExampleFailure? FirstFailureOfOwnRules(CompiledRuleSet rules) => FirstFailureOfOwnRules(rules, ExamplePasses.Default);

    /// <inheritdoc cref="FirstFailureOfOwnRules(CompiledRuleSet)"/>
    internal static ExampleFailure? FirstFailureOfOwnRules(CompiledRuleSet rules, ExamplePasses passes)
    {
        var own = rules.Specs.Where(s => s.Pack.Source != RuleSource.Shipped).ToList();
        if (own.Count == 0) return null;
        var key = ExamplePasses.KeyOf(rules);
        if (key is not null && passes.Contains(key)) return null;
        var linter = new ArticleLinter(rules);
        var failure = own.SelectMany(s => Run(linter, s)).FirstOrDefault();
        if (failure is null && key is not null) passes.Add(key);
        return failure;
    }

    private static string Describe(string text, List<Finding> findings) =>
        findings.Count == 0 ? "nothing" : "[" + string.Join(", ", findings.Select(f => $"'{text.Substring(f.Start, f.Length)}'")) + "]";

    private static IEnumerable<int> Occurrences(string text, string needle)
    {
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
