using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// Turns findings on a CMS article into the hook's diagnostics: each names its field, and its
/// offsets, lines, columns, text and fixes count within that field's own string value.
/// </summary>
internal static class FieldDiagnostics
{
    /// <summary>
    /// Maps <paramref name="findings"/> (in <see cref="Article.Text"/>) into the fields' values; the
    /// policy stage then orders them by field and offset.
    /// </summary>
    public static List<Diagnostic> Map(Article article, IReadOnlyDictionary<string, string> values, IReadOnlyList<Finding> findings)
    {
        var result = new List<Diagnostic>(findings.Count);
        var lines = new Dictionary<string, LineIndex>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var field = FieldOf(article, finding.Start);
            if (field is null || !values.TryGetValue(field.Name, out var value)) continue;
            var map = field.ValueMap ?? SourceMap.Identity(field.Length);
            var (offset, length) = ToValue(field, map, finding.Start, finding.Length);
            if (!lines.TryGetValue(field.Name, out var index)) lines[field.Name] = index = new LineIndex(value);
            var start = index.GetPosition(offset);
            var end = index.GetPosition(offset + length);
            var fixes = new List<Fix>(finding.Fixes.Count);
            foreach (var fix in finding.Fixes)
            {
                // A fix that reaches past its field has no place in one field's value.
                if (fix.Offset < field.Start || fix.Offset + fix.Length > field.End) continue;
                var (fixOffset, fixLength) = ToValue(field, map, fix.Offset, fix.Length);
                fixes.Add(new Fix(fixOffset, fixLength, fix.Replacement));
            }

            result.Add(new Diagnostic
            {
                RuleId = finding.RuleId,
                Category = finding.Category,
                Severity = finding.Severity,
                Message = finding.Message,
                Field = field.Name,
                Line = start.Line,
                Column = start.Column,
                EndLine = end.Line,
                EndColumn = end.Column,
                Offset = offset,
                Length = length,
                Text = value.Substring(offset, length),
                Fixes = fixes,
            });
        }

        return result;
    }

    // A finding on the blank line between two fields belongs to the field before it.
    private static ArticleField? FieldOf(Article article, int textOffset)
    {
        ArticleField? before = null;
        foreach (var field in article.Fields)
        {
            if (field.Contains(textOffset)) return field;
            if (field.Start <= textOffset) before = field;
        }

        return before ?? article.Fields.FirstOrDefault();
    }

    private static (int Offset, int Length) ToValue(ArticleField field, SourceMap map, int textStart, int textLength)
    {
        var start = Math.Clamp(textStart - field.Start, 0, field.Length);
        var end = Math.Clamp(textStart + textLength - field.Start, start, field.Length);
        return map.ToSource(start, end - start);
    }
}
