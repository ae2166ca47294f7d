using System.Text.RegularExpressions;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Policy;

/// <summary>
/// Reads inline suppressions from an article: <c>editorial-lint-disable [IDS]</c> … <c>-enable</c>,
/// <c>-disable-next-line</c> and <c>-disable-line</c>, in HTML or Markdown comments or as a plain
/// marker line; a CMS article's <c>suppressions</c> field silences its rules everywhere.
/// </summary>
public static partial class SuppressionReader
{
    [GeneratedRegex(@"editorial-lint-(?<verb>disable-next-line|disable-line|disable|enable)(?<ids>(?:[ \t,]+[A-Za-z]{2,8}[0-9]{3,5})*)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^[ \t]*(?:<!--)?[ \t]*(?<marker>editorial-lint-(?:disable-next-line|disable-line|disable|enable)(?:[ \t,]+[A-Za-z]{2,8}[0-9]{3,5})*)[ \t]*(?:-->)?[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex MarkerLine();

    /// <summary>
    /// The article's suppressions, offsets in the original file. In a CMS article each field's
    /// markers count in that field's own value: lines are the lines of the value as the client
    /// sent it, and a <c>disable</c> left open ends with its field.
    /// </summary>
    public static IReadOnlyList<Suppression> Read(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Source.Text;
        var result = WholeArticle(article, source.Length);
        if (article.Format != ArticleFormat.Json)
        {
            result.AddRange(InText(source, article.Comments));
            return result;
        }

        foreach (var field in article.Fields)
        {
            if (field.Value is not { } value) continue;
            foreach (var s in InText(value.Text, value.Comments))
            {
                var (start, length) = value.Source.ToSource(s.Start, s.End - s.Start);
                var (marker, markerLength) = value.Source.ToSource(s.MarkerOffset, s.MarkerLength);
                result.Add(new Suppression(s.RuleIds, start, start + length, marker, markerLength) { Field = field.Name });
            }
        }

        return result;
    }

    /// <summary>
    /// A CMS article's suppressions with offsets within each field's value, as the hook reports
    /// diagnostics; the <c>suppressions</c> field's entries have no <see cref="Suppression.Field"/>.
    /// </summary>
    public static IReadOnlyList<Suppression> ReadFields(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = WholeArticle(article, int.MaxValue);
        foreach (var field in article.Fields)
        {
            if (field.Value is not { } value) continue;
            foreach (var s in InText(value.Text, value.Comments)) result.Add(s with { Field = field.Name });
        }

        return result;
    }

    private static List<Suppression> WholeArticle(Article article, int end)
    {
        var result = new List<Suppression>();
        foreach (var id in article.Suppressions)
            result.Add(new Suppression([id], 0, end, 0, 0));
        return result;
    }

    // The suppressions whose markers stand in one text: as comments when it has any, else as marker lines.
    private static List<Suppression> InText(string text, IReadOnlyList<MarkupComment> comments)
    {
        var markers = new List<(int Offset, int Length, string Text)>();
        foreach (var comment in comments)
            markers.Add((comment.Offset, comment.Length, comment.Text));
        if (comments.Count == 0)
        {
            foreach (Match m in MarkerLine().Matches(text))
                markers.Add((m.Index, m.Length, m.Groups["marker"].Value));
        }

        var result = new List<Suppression>();
        var open = new List<(IReadOnlyList<string> Ids, int Start, int MarkerOffset, int MarkerLength)>();
        foreach (var (offset, length, marker) in markers.OrderBy(m => m.Offset))
        {
            var m = Marker().Match(marker);
            if (!m.Success) continue;
            var ids = m.Groups["ids"].Value.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
            var lineEnd = LineEnd(text, offset + length);
            switch (m.Groups["verb"].Value)
            {
                case "disable-line":
                    result.Add(new Suppression(ids, lineStart, lineEnd, offset, length));
                    break;
                case "disable-next-line":
                    var nextStart = Math.Min(text.Length, lineEnd + 1);
                    result.Add(new Suppression(ids, nextStart, LineEnd(text, nextStart), offset, length));
                    break;
                case "disable":
                    open.Add((ids, offset + length, offset, length));
                    break;
                case "enable":
                    // An enable closes the disables it names (or all, when it names none).
                    for (var i = open.Count - 1; i >= 0; i--)
                    {
                        if (ids.Length == 0 || open[i].Ids.Count == 0 || open[i].Ids.Intersect(ids, StringComparer.OrdinalIgnoreCase).Any())
                        {
                            result.Add(new Suppression(open[i].Ids, open[i].Start, offset, open[i].MarkerOffset, open[i].MarkerLength));
                            open.RemoveAt(i);
                        }
                    }

                    break;
            }
        }

        foreach (var o in open)
            result.Add(new Suppression(o.Ids, o.Start, text.Length, o.MarkerOffset, o.MarkerLength));
        return result;
    }

    private static int LineEnd(string text, int from)
    {
        var nl = text.IndexOf('\n', Math.Min(from, text.Length));
        return nl < 0 ? text.Length : nl;
    }
}
