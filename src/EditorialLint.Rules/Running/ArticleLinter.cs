using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Running;

/// <summary>
/// The flow for one article: segment, scan, run the rule network in a fresh session, and turn the
/// reports into diagnostics that point into the original file. Thread-safe; one instance serves all.
/// </summary>
public sealed class ArticleLinter
{
    private readonly CompiledRuleSet _rules;
    private readonly HouseStyle _houseStyle;

    /// <summary>Creates a linter over a compiled rule set, with the newsroom's preferred spellings.</summary>
    public ArticleLinter(CompiledRuleSet rules, IReadOnlyList<string>? preferred = null)
    {
        _rules = rules;
        _houseStyle = preferred is { Count: > 0 } ? new HouseStyle(preferred) : HouseStyle.None;
    }

    /// <summary>The rule set in use.</summary>
    public CompiledRuleSet Rules => _rules;

    /// <summary>Lints one article.</summary>
    public LintResult Lint(Article article)
    {
        var findings = Find(article.Text, article.Path, out var timeouts);
        // The map to the source keeps the order of offsets in a plain file, but not necessarily across
        // the fields of a structured one; a stable sort keeps the findings' order among equals.
        var diagnostics = findings.Select(f => ToDiagnostic(article, f))
            .OrderBy(d => d.Offset).ThenBy(d => d.RuleId, StringComparer.Ordinal).ThenBy(d => d.Length).ToList();
        return new LintResult(article, diagnostics, timeouts);
    }

    /// <summary>
    /// Runs the rules over a text the rules see, giving one finding per defect in that text's
    /// coordinates, sorted by start, then rule id, then length.
    /// </summary>
    public IReadOnlyList<Finding> Find(string text, string path, out IReadOnlyList<string> timeouts)
    {
        var kept = OnePerDefect(FindAll(text, path, out timeouts));
        // A more severe rival takes the place of the finding it displaces, which may be earlier.
        var sorted = kept.ToList();
        sorted.Sort(ByPosition);
        return sorted;
    }

    /// <summary>
    /// Runs the rules over a text the rules see, giving every rule's findings, also where several
    /// rules report one defect, as a rule's own examples need them.
    /// </summary>
    public IReadOnlyList<Finding> FindAll(string text, string path, out IReadOnlyList<string> timeouts)
    {
        var segmentation = Segmenter.Segment(text);
        var scan = new ScanContext(segmentation);
        foreach (var scanner in _rules.Scanners) scanner.Scan(scan);

        var session = _rules.Factory.CreateSession();
        session.Insert(new ArticleInfo(path, text.Length, segmentation.Paragraphs.Count, segmentation.Sentences.Count,
            segmentation.Headline is not null));
        session.Insert(_houseStyle);
        session.InsertAll(segmentation.Paragraphs);
        session.InsertAll(segmentation.Sentences);
        session.InsertAll(segmentation.Quotations);
        var timedOut = new List<string>();
        var found = new List<object>(scan.Facts.Count);
        foreach (var fact in scan.Facts)
        {
            if (fact is PatternTimeout t) timedOut.Add(t.RuleId);
            else found.Add(fact);
        }

        // One batch, so the engine brings each collection (consistency groups) up to date once.
        session.InsertAll(found);

        session.Fire();
        timeouts = timedOut;

        var findings = new List<Finding>();
        var seen = new HashSet<(string, int, int)>();
        foreach (var report in session.Query<Report>())
        {
            // A span never splits a character: a pattern may stop inside a surrogate pair.
            var (start, length) = WholeCharacters(text, report.Start, report.Length);
            if (!seen.Add((report.RuleId, start, length))) continue;
            var descriptor = _rules.Descriptors[report.RuleId];
            var values = new Dictionary<string, string>(report.Values) { ["match"] = text.Substring(start, length) };
            var fixes = start == report.Start && length == report.Length ? report.Fixes : [];
            findings.Add(new Finding(report.RuleId, descriptor.Category, descriptor.Severity, descriptor.FormatMessage(values),
                start, length, fixes));
        }

        findings.Sort(ByPosition);
        return findings;
    }

    private static int ByPosition(Finding a, Finding b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
        return c == 0 ? a.Length.CompareTo(b.Length) : c;
    }

    private static (int Start, int Length) WholeCharacters(string text, int start, int length)
    {
        var end = start + length;
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])) start--;
        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end])) end++;
        return (start, end - start);
    }

    /// <summary>
    /// One diagnostic per defect, as an editor wants it: a finding inside scraper residue that is
    /// to be deleted says nothing more, and of findings of one category that overlap, the most
    /// severe (then the first) stands for them. The findings come sorted by start, so one pass does:
    /// residue that starts at or before a finding is all that can hold it, and a finding that stands
    /// for others can only meet later findings while it reaches past their start, so each category
    /// has at most one such open finding at a time.
    /// </summary>
    private static IReadOnlyList<Finding> OnePerDefect(IReadOnlyList<Finding> findings)
    {
        if (findings.Count < 2) return findings;
        var residue = findings.Where(f => f.Category == Core.Diagnostics.Categories.ScraperArtifact).ToList();
        var nextResidue = 0;
        var residueEnd = int.MinValue;
        var kept = new List<Finding>(findings.Count);
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            while (nextResidue < residue.Count && residue[nextResidue].Start <= f.Start)
                residueEnd = Math.Max(residueEnd, residue[nextResidue++].End);
            if (f.Category != Core.Diagnostics.Categories.ScraperArtifact && f.End <= residueEnd) continue;

            // Zero-length findings never overlap a later one; a kept finding that ends before this one
            // starts overlaps nothing from here on.
            var rival = open.TryGetValue(f.Category, out var at) ? at : -1;
            if (rival >= 0 && !(kept[rival].Start < f.End && f.Start < kept[rival].End))
            {
                if (kept[rival].End <= f.Start) open.Remove(f.Category);
                rival = -1;
            }

            if (rival < 0)
            {
                kept.Add(f);
                if (f.Length > 0 && !open.ContainsKey(f.Category)) open[f.Category] = kept.Count - 1;
            }
            else if (f.Severity > kept[rival].Severity)
            {
                kept[rival] = f;
            }
        }

        return kept;
    }

    private static Diagnostic ToDiagnostic(Article article, Finding finding) =>
        Diagnostic.For(finding, article.Source.Text, article.SourceLines, article.Map.ToSource,
            field: article.Fields.Count > 1 ? article.FindField(finding.Start)?.Name : null);
}
