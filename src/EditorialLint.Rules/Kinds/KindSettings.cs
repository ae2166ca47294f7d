using System.Text.RegularExpressions;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>Settings several kinds share: anchors, scopes, patterns.</summary>
internal static class KindSettings
{
    public static Anchor ReadAnchor(RuleSpec rule) => rule.Body.String("anchor") switch
    {
        null or "none" => Anchor.None,
        "line" => Anchor.Line,
        "line-start" => Anchor.LineStart,
        "article-start" => Anchor.ArticleStart,
        "article-end" => Anchor.ArticleEnd,
        var other => throw rule.Body.ErrorAt("anchor", $"rule {rule.Id}: unknown anchor '{other}'; use none, line, line-start, article-start or article-end"),
    };

    /// <summary>Which part of the article a rule looks at: <c>all</c>, <c>body</c> (not the headline) or <c>headline</c>.</summary>
    public static string ReadScope(RuleSpec rule, string fallback = "all")
    {
        var scope = rule.Body.String("scope") ?? fallback;
        return scope is "all" or "body" or "headline"
            ? scope
            : throw rule.Body.ErrorAt("scope", $"rule {rule.Id}: unknown scope '{scope}'; use all, body or headline");
    }

    /// <summary>The entry of one of a rule's patterns; a malformed one stops with its place.</summary>
    public static PatternEntry ReadPattern(RuleSpec rule, Located<string> pattern, bool ignoreCase, Anchor anchor, string? replacement)
    {
        try
        {
            return PatternSearch.Entry(rule.Id, pattern.Value, ignoreCase, multiline: true, anchor, replacement);
        }
        catch (ArgumentException e)
        {
            throw rule.Body.ErrorAt(pattern, $"rule {rule.Id}: bad regular expression: {e.Message.Split('\n')[0]}");
        }
    }
}
