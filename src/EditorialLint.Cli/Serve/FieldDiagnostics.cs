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
    /// Maps <paramref name="findings"/> (in <see cref="Article.Text"/>) into the fields' values (each
    /// field's <see cref="ArticleField.Value"/>, as the client sent it); the policy stage then orders
    /// them by field and offset.
    /// </summary>
    public static List<Diagnostic> Map(Article article, IReadOnlyList<Finding> findings)
    {
        var result = new List<Diagnostic>(findings.Count);
        var lines = new Dictionary<string, LineIndex>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var field = FieldOf(article, finding.Start);
            if (field?.Value?.Text is not { } value) continue;
            var map = field.ValueMap ?? SourceMap.Identity(field.Length);
            if (!lines.TryGetValue(field.Name, out var index)) lines[field.Name] = index = new LineIndex(value);
            // A fix that reaches past its field has no place in one field's value.
            result.Add(Diagnostic.For(finding, value, index, (start, length) => ToValue(field, map, start, length), field.Name,
                fix => fix.Offset >= field.Start && fix.Offset + fix.Length <= field.End));
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
