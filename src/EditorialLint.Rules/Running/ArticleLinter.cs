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
        var diagnostics = findings.Select(f => ToDiagnostic(article, f)).ToList();
        return new LintResult(article, diagnostics, timeouts);
    }

    /// <summary>Runs the rules over a text the rules see, giving one finding per defect in that text's coordinates.</summary>
    public IReadOnlyList<Finding> Find(string text, string path, out IReadOnlyList<string> timeouts) =>
        OnePerDefect(FindAll(text, path, out timeouts));

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

        findings.Sort((a, b) =>
        {
            var c = a.Start.CompareTo(b.Start);
            if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c == 0 ? a.Length.CompareTo(b.Length) : c;
        });
        return findings;
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
    /// severe (then the first) stands for them.
    /// </summary>
    private static IReadOnlyList<Finding> OnePerDefect(IReadOnlyList<Finding> findings)
    {
        if (findings.Count < 2) return findings;
        var residue = findings.Where(f => f.Category == Core.Diagnostics.Categories.ScraperArtifact).ToList();
        var kept = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            if (f.Category != Core.Diagnostics.Categories.ScraperArtifact
                && residue.Any(r => r.Start <= f.Start && f.End <= r.End)) continue;
            var rival = kept.FindIndex(k => k.Category == f.Category && k.Start < f.End && f.Start < k.End);
            if (rival < 0) kept.Add(f);
            else if (f.Severity > kept[rival].Severity) kept[rival] = f;
        }

        return kept;
    }

    private static Diagnostic ToDiagnostic(Article article, Finding finding)
    {
        var (offset, length) = article.Map.ToSource(finding.Start, finding.Length);
        var source = article.Source.Text;
        var start = article.SourceLines.GetPosition(offset);
        var end = article.SourceLines.GetPosition(offset + length);
        return new Diagnostic
        {
            RuleId = finding.RuleId,
            Category = finding.Category,
            Severity = finding.Severity,
            Message = finding.Message,
            Line = start.Line,
            Column = start.Column,
            EndLine = end.Line,
            EndColumn = end.Column,
            Offset = offset,
            Length = length,
            Text = source.Substring(offset, length),
            Fixes = finding.Fixes.Select(f =>
            {
                var (fo, fl) = article.Map.ToSource(f.Offset, f.Length);
                return new Fix(fo, fl, f.Replacement);
            }).ToList(),
            Field = article.Fields.Count > 1 ? article.FindField(finding.Start)?.Name : null,
        };
    }
}
