using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Compilation;

/// <summary>The reports rule actions insert, one method per shape of rule.</summary>
public static class Reporting
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    /// <summary>Reports a match; a replacement becomes its fix.</summary>
    public static Report FromMatch(string ruleId, Match m)
    {
        // Most matches carry neither a replacement nor a detail: they share the empty values.
        if (m.Replacement is null && m.Detail.Length == 0) return new Report(ruleId, m.Start, m.Length, NoValues, []);
        var values = new Dictionary<string, string>(2);
        if (m.Replacement is not null) values["expected"] = m.Replacement;
        if (m.Detail.Length > 0) values["detail"] = m.Detail;
        return new Report(ruleId, m.Start, m.Length, values,
            m.Replacement is null ? [] : [new Fix(m.Start, m.Length, m.Replacement)]);
    }

    /// <summary>
    /// Reports, in each variant group the article mixes, every match of a variant other than the
    /// preferred one, with that one as the fix. One pass over all of a rule's matches.
    /// </summary>
    public static IReadOnlyList<Report> FromVariants(string ruleId, IEnumerable<Match> all, IReadOnlyList<string> preferred)
    {
        var reports = new List<Report>();
        foreach (var group in Consistency.MixedGroups(all, m => m.Group, m => m.Variant, m => m.Start, preferred))
        {
            var values = new Dictionary<string, string> { ["expected"] = group.Preferred };
            foreach (var m in group.Off)
                reports.Add(new Report(ruleId, m.Start, m.Length, values, [new Fix(m.Start, m.Length, group.Preferred)]));
        }

        return reports;
    }

    /// <summary>Reports a sentence, or the part of it a test singled out.</summary>
    public static Report FromSentence(string ruleId, Sentence s, string span, WordList? conjunctions, Lexicon? lexicon)
    {
        var (start, length) = SentenceTests.SpanFor(s, span, conjunctions, lexicon);
        return new Report(ruleId, start, length, NoValues, []);
    }

    /// <summary>Reports a misspelled name with the canonical spelling as its fix.</summary>
    public static Report FromMention(string ruleId, Mention m, Official o) =>
        new(ruleId, m.Start, m.Length, MentionValues(m, o), [new Fix(m.Start, m.Length, m.Expected)]);

    /// <summary>Reports a title that does not fit the official it precedes.</summary>
    public static Report FromTitle(string ruleId, TitleCue t, Mention m, Official o)
    {
        var values = MentionValues(m, o);
        values["title"] = t.Phrase;
        values["titles"] = o.TitlesText;
        values["roles"] = o.RolesText;
        return new Report(ruleId, t.Start, m.End - t.Start, values, []);
    }

    /// <summary>
    /// Reports, for each of an official's names the article spells several ways, every use of a
    /// spelling other than the preferred one, with that one as the fix. One pass over the official's uses.
    /// </summary>
    public static IReadOnlyList<Report> FromSpellings(string ruleId, Official o, IEnumerable<SpellingUse> all, IReadOnlyList<string> preferred)
    {
        var reports = new List<Report>();
        foreach (var group in Consistency.MixedGroups(all, u => u.Key, u => u.Spelling, u => u.Start, preferred))
        {
            var values = new Dictionary<string, string>
            {
                ["expected"] = group.Preferred,
                ["name"] = o.Name,
                ["role"] = o.RoleText,
                ["variants"] = string.Join(", ", group.Uses.OrderBy(u => u.Start).Select(u => u.Spelling).Distinct()),
            };
            foreach (var u in group.Off)
                reports.Add(new Report(ruleId, u.Start, u.Length, values, [new Fix(u.Start, u.Length, group.Preferred)]));
        }

        return reports;
    }

    /// <summary>Reports a span named by a general rule.</summary>
    public static Report FromSpan(string ruleId, int start, int length) => new(ruleId, start, length, NoValues, []);

    private static Dictionary<string, string> MentionValues(Mention m, Official o) => new()
    {
        ["expected"] = m.Expected,
        ["name"] = o.Name,
        ["role"] = o.RoleText,
    };
}
