using System.Text.RegularExpressions;
using EditorialLint.Core.Articles;

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

    /// <summary>The article's suppressions, in order of their markers.</summary>
    public static IReadOnlyList<Suppression> Read(Article article)
    {
        var source = article.Source.Text;
        var markers = new List<(int Offset, int Length, string Text)>();
        foreach (var comment in article.Comments)
            markers.Add((comment.Offset, comment.Length, comment.Text));
        if (article.Comments.Count == 0)
        {
            foreach (Match m in MarkerLine().Matches(source))
                markers.Add((m.Index, m.Length, m.Groups["marker"].Value));
        }

        var result = new List<Suppression>();
        foreach (var id in article.Suppressions)
            result.Add(new Suppression([id], 0, source.Length, 0, 0));

        var open = new List<(IReadOnlyList<string> Ids, int Start, int MarkerOffset, int MarkerLength)>();
        foreach (var (offset, length, text) in markers.OrderBy(m => m.Offset))
        {
            var m = Marker().Match(text);
            if (!m.Success) continue;
            var ids = m.Groups["ids"].Value.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            var lineStart = source.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
            if (offset == 0) lineStart = 0;
            var lineEnd = LineEnd(source, offset + length);
            switch (m.Groups["verb"].Value)
            {
                case "disable-line":
                    result.Add(new Suppression(ids, lineStart, lineEnd, offset, length));
                    break;
                case "disable-next-line":
                    var nextStart = Math.Min(source.Length, lineEnd + 1);
                    result.Add(new Suppression(ids, nextStart, LineEnd(source, nextStart), offset, length));
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
            result.Add(new Suppression(o.Ids, o.Start, source.Length, o.MarkerOffset, o.MarkerLength));
        return result;
    }

    private static int LineEnd(string text, int from)
    {
        var nl = text.IndexOf('\n', Math.Min(from, text.Length));
        return nl < 0 ? text.Length : nl;
    }
}
