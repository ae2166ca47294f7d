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
        var values = new Dictionary<string, string>(2);
        if (m.Replacement is not null) values["expected"] = m.Replacement;
        if (m.Detail.Length > 0) values["detail"] = m.Detail;
        return new Report(ruleId, m.Start, m.Length, values,
            m.Replacement is null ? [] : [new Fix(m.Start, m.Length, m.Replacement)]);
    }

    /// <summary>Reports a match of a variant that differs from the one the article should use.</summary>
    public static Report FromVariant(string ruleId, Match m, IEnumerable<Match> all, IReadOnlyList<string> preferred)
    {
        var chosen = Consistency.Preferred(all.Select(x => (x.Variant, x.Start)), preferred);
        return new Report(ruleId, m.Start, m.Length, new Dictionary<string, string> { ["expected"] = chosen },
            [new Fix(m.Start, m.Length, chosen)]);
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

    /// <summary>Reports a surname spelled differently from the article's preferred variant.</summary>
    public static Report FromMentionVariant(string ruleId, Mention m, Official o, IEnumerable<Mention> all, IReadOnlyList<string> preferred)
    {
        var chosen = Consistency.Preferred(all.Select(x => (x.Variant, x.Start)), preferred);
        var start = m.End - m.Variant.Length;
        var values = MentionValues(m, o);
        values["expected"] = chosen;
        values["variants"] = string.Join(", ", all.Select(x => x.Variant).Distinct());
        return new Report(ruleId, start, m.Variant.Length, values, [new Fix(start, m.Variant.Length, chosen)]);
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
