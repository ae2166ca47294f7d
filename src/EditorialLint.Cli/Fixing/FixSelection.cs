using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Reading;

namespace EditorialLint.Cli.Fixing;

/// <summary>
/// Chooses the fixes <c>--fix</c> may apply to one article: only a diagnostic's single fix (two or
/// more are a choice for an editor), and in Markdown, HTML and CMS JSON only where the file holds
/// exactly the text the rule saw, with the replacement written as that format needs it.
/// </summary>
public static partial class FixSelection
{
    // Characters that would turn into markup if a replacement brought them into the file.
    private const string MarkdownSyntax = "\\`*_[]<>|~";

    /// <summary>The fixes to apply for <paramref name="diagnostics"/> found in <paramref name="article"/>.</summary>
    public static FixChoice Choose(Article article, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var source = article.Source.Text;
        var fixes = new List<Fix>();
        var notes = new List<string>();
        foreach (var d in diagnostics)
        {
            if (d.Fixes.Count == 0) continue;
            var where = $"{article.Path}:{d.Line}:{d.Column}: {d.RuleId}";
            if (d.Fixes.Count > 1)
            {
                notes.Add($"{where}: {d.Fixes.Count} possible fixes, left for an editor to choose");
                continue;
            }

            var fix = d.Fixes[0];
            if (fix.Offset < 0 || fix.Length < 0 || fix.Offset + fix.Length > source.Length)
            {
                notes.Add($"{where}: fix lies outside the file, not applied");
                continue;
            }

            if (!article.Map.IsIdentity && !MapsCleanly(article, fix))
            {
                notes.Add($"{where}: fix not applied: '{Shorten(source.Substring(fix.Offset, fix.Length))}' crosses markup in the file; fix it by hand");
                continue;
            }

            var replacement = Write(article, fix, out var problem);
            if (replacement is null)
            {
                notes.Add($"{where}: fix not applied: {problem}; fix it by hand");
                continue;
            }

            // A fix that changes nothing would only block a real one that overlaps it.
            if (replacement.Length == fix.Length && string.CompareOrdinal(source, fix.Offset, replacement, 0, fix.Length) == 0) continue;
            fixes.Add(fix with { Replacement = replacement });
        }

        return new FixChoice(fixes, notes);
    }

    /// <summary>
    /// True when some span of the extracted text maps exactly onto the fix's span of the file and
    /// reads the same there: no tag, entity, escape or emphasis marker lies inside it.
    /// </summary>
    private static bool MapsCleanly(Article article, Fix fix)
    {
        var source = article.Source.Text;
        var text = article.Text;
        var length = fix.Length;
        for (var t = 0; t + length <= text.Length; t++)
        {
            if (length > 0 && text[t] != source[fix.Offset]) continue;
            if (article.Map.ToSource(t) != fix.Offset) continue;
            if (article.Map.ToSource(t, length) != (fix.Offset, length)) continue;
            if (string.CompareOrdinal(text, t, source, fix.Offset, length) == 0) return true;
        }

        return false;
    }

    /// <summary>The replacement as it must stand in the file, or null (with the reason) when it cannot.</summary>
    private static string? Write(Article article, Fix fix, out string problem)
    {
        problem = string.Empty;
        var replaced = article.Source.Text.Substring(fix.Offset, fix.Length);
        var replacement = fix.Replacement;
        switch (article.Format)
        {
            case ArticleFormat.Text:
                return WithNewLines(replacement, article.Source.NewLine);
            case ArticleFormat.Markdown:
                if (Introduces(replacement, replaced, MarkdownSyntax) is { } md)
                {
                    problem = $"the replacement brings Markdown syntax '{md}' into the file";
                    return null;
                }

                if (EntityLike().IsMatch(replacement))
                {
                    problem = "the replacement would read as a character reference ('&…;') in Markdown";
                    return null;
                }

                return WithNewLines(replacement, article.Source.NewLine);
            case ArticleFormat.Html:
                return WithNewLines(HtmlEscape(replacement), article.Source.NewLine);
            case ArticleFormat.Json:
                // The body inside the JSON string may itself be Markdown or HTML.
                if (Introduces(replacement, replaced, MarkdownSyntax + "&\"") is { } js)
                {
                    problem = $"the replacement brings '{js}' into a JSON field that may hold markup";
                    return null;
                }

                return JsonEscape(replacement);
            default:
                problem = $"no fixing for {article.Format} input";
                return null;
        }
    }

    private static char? Introduces(string replacement, string replaced, string characters)
    {
        foreach (var c in replacement)
        {
            if (characters.Contains(c) && !replaced.Contains(c)) return c;
        }

        return null;
    }

    private static string WithNewLines(string replacement, string newLine)
    {
        if (newLine == "\n" || !replacement.Contains('\n')) return replacement;
        return replacement.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", newLine, StringComparison.Ordinal);
    }

    private static string HtmlEscape(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"") < 0) return value;
        return value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    private static string JsonEscape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityLike();

    private static string Shorten(string value)
    {
        var oneLine = value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
        return oneLine.Length <= 40 ? oneLine : oneLine[..39] + "…";
    }
}
