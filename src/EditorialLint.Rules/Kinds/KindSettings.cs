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

    public static Regex CompilePattern(RuleSpec rule, Located<string> pattern, bool ignoreCase)
    {
        try
        {
            return PatternSearch.Compile(pattern.Value, ignoreCase, multiline: true);
        }
        catch (ArgumentException e)
        {
            throw rule.Body.ErrorAt(pattern, $"rule {rule.Id}: bad regular expression: {e.Message.Split('\n')[0]}");
        }
    }
}
