using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Policy;

/// <summary>
/// The policy stage: configured severities (per rule id, then per category; <c>none</c> drops the
/// rule), inline suppressions, and the minimum severity shown. A suppression that silences
/// nothing is itself reported, so suppressions do not rot.
/// </summary>
public sealed class LintPolicy
{
    /// <summary>The id of the diagnostic for a suppression that silences nothing.</summary>
    public const string UnusedSuppressionId = "EDL0001";

    private readonly Dictionary<string, Severity?> _byRule = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Severity?> _byCategory = new(StringComparer.Ordinal);

    /// <summary>Creates a policy.</summary>
    public LintPolicy(IEnumerable<SeverityOverride> overrides, Severity minimumSeverity = Severity.Suggestion)
    {
        foreach (var o in overrides)
        {
            if (Categories.IsKnown(o.Target)) _byCategory[o.Target] = o.Severity;
            else _byRule[o.Target] = o.Severity;
        }

        MinimumSeverity = minimumSeverity;
    }

    /// <summary>A policy that changes nothing.</summary>
    public static LintPolicy Default { get; } = new([]);

    /// <summary>Diagnostics below this are not shown.</summary>
    public Severity MinimumSeverity { get; }

    /// <summary>The severity a rule reports with after configuration, or null when it is off.</summary>
    public Severity? SeverityOf(string ruleId, string category, Severity declared)
    {
        if (_byRule.TryGetValue(ruleId, out var byRule)) return byRule;
        if (_byCategory.TryGetValue(category, out var byCategory)) return byCategory;
        return declared;
    }

    /// <summary>Applies the policy to one article's diagnostics (offsets in the original file).</summary>
    public IReadOnlyList<Diagnostic> Apply(Article article, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(article);
        var kept = Apply(diagnostics, SuppressionReader.Read(article), byField: false,
            (sup, severity) => Unused(article.Source.Text, article.SourceLines, sup, severity));
        kept.Sort((a, b) =>
        {
            var c = a.Offset.CompareTo(b.Offset);
            return c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        return kept;
    }

    /// <summary>
    /// Applies the policy to a CMS article's diagnostics as the hook reports them: each names its
    /// field, offsets within that field's value. Suppressions count within the field that holds
    /// them, and one that silences nothing is reported in its field.
    /// </summary>
    public IReadOnlyList<Diagnostic> ApplyToFields(Article article, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(article);
        var lines = new Dictionary<string, LineIndex>(StringComparer.Ordinal);
        var kept = Apply(diagnostics, SuppressionReader.ReadFields(article), byField: true, (sup, severity) =>
        {
            var value = article.Fields.First(f => f.Name == sup.Field).Value!.Text;
            if (!lines.TryGetValue(sup.Field!, out var index)) lines[sup.Field!] = index = new LineIndex(value);
            return Unused(value, index, sup, severity, sup.Field);
        });
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < article.Fields.Count; i++) order[article.Fields[i].Name] = i;
        kept.Sort((a, b) =>
        {
            var c = FieldOrder(order, a.Field).CompareTo(FieldOrder(order, b.Field));
            if (c == 0) c = a.Offset.CompareTo(b.Offset);
            if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c == 0 ? a.Length.CompareTo(b.Length) : c;
        });
        return kept;
    }

    private static int FieldOrder(Dictionary<string, int> order, string? field) =>
        field is not null && order.TryGetValue(field, out var i) ? i : int.MaxValue;

    private List<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Suppression> suppressions, bool byField,
        Func<Suppression, Severity, Diagnostic> unused)
    {
        var used = new bool[suppressions.Count];
        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            var severity = SeverityOf(d.RuleId, d.Category, d.Severity);
            if (severity is null) continue;
            var silenced = false;
            for (var i = 0; i < suppressions.Count; i++)
            {
                var sup = suppressions[i];
                if (byField && sup.Field is not null && sup.Field != d.Field) continue;
                if (!sup.Covers(d.RuleId, d.Offset)) continue;
                used[i] = true;
                silenced = true;
            }

            if (silenced) continue;
            var adjusted = severity == d.Severity ? d : d with { Severity = severity.Value };
            if (adjusted.Severity >= MinimumSeverity) kept.Add(adjusted);
        }

        var unusedSeverity = SeverityOf(UnusedSuppressionId, Categories.Style, Severity.Suggestion);
        if (unusedSeverity is { } s && s >= MinimumSeverity)
        {
            for (var i = 0; i < suppressions.Count; i++)
            {
                if (used[i] || suppressions[i].MarkerLength == 0) continue;
                kept.Add(unused(suppressions[i], s));
            }
        }

        return kept;
    }

    private static Diagnostic Unused(string text, LineIndex lines, Suppression sup, Severity severity, string? field = null)
    {
        var what = sup.RuleIds.Count == 0 ? "any rule" : string.Join(", ", sup.RuleIds);
        var finding = new Finding(UnusedSuppressionId, Categories.Style, severity, $"This suppression of {what} silences nothing; remove it",
            sup.MarkerOffset, sup.MarkerLength, []);
        // The marker's place is already in the text the diagnostic points into.
        return Diagnostic.For(finding, text, lines, (start, length) => (start, length), field);
    }
}
