using EditorialLint.Core.Text;

namespace EditorialLint.Core.Diagnostics;

/// <summary>
/// One reported problem as the contract describes it: offsets in UTF-16 units of the decoded
/// original file, 1-based line and column, exclusive end column.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>The rule id, e.g. <c>EDL0101</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>One of <see cref="Categories"/>.</summary>
    public required string Category { get; init; }

    /// <summary>Severity after configuration.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The message for people.</summary>
    public required string Message { get; init; }

    /// <summary>1-based line of the start.</summary>
    public required int Line { get; init; }

    /// <summary>1-based column of the start, in UTF-16 units.</summary>
    public required int Column { get; init; }

    /// <summary>1-based line of the end.</summary>
    public required int EndLine { get; init; }

    /// <summary>1-based exclusive end column, in UTF-16 units.</summary>
    public required int EndColumn { get; init; }

    /// <summary>Start offset in the decoded file.</summary>
    public required int Offset { get; init; }

    /// <summary>Length in UTF-16 units.</summary>
    public required int Length { get; init; }

    /// <summary>Exactly the slice of the file at <see cref="Offset"/>.</summary>
    public required string Text { get; init; }

    /// <summary>Replacements in file coordinates.</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = [];

    /// <summary>For CMS input, the field the diagnostic lies in (<c>headline</c>, <c>standfirst</c>, <c>body</c>).</summary>
    public string? Field { get; init; }

    /// <summary>
    /// The diagnostic for a finding, placed in <paramref name="text"/>: the whole file, or one CMS
    /// field's value as the client sent it.
    /// </summary>
    /// <param name="finding">The finding, in the coordinates of the text the rules saw.</param>
    /// <param name="text">The text the diagnostic points into; its <c>text</c> is a slice of it.</param>
    /// <param name="lines">The line index of <paramref name="text"/>.</param>
    /// <param name="place">Maps a span of the text the rules saw into <paramref name="text"/>.</param>
    /// <param name="field">The CMS field it lies in, if any.</param>
    /// <param name="fixFits">Which fixes have a place in <paramref name="text"/>; all when null.</param>
    public static Diagnostic For(Finding finding, string text, LineIndex lines, Func<int, int, (int, int)> place,
        string? field = null, Func<Fix, bool>? fixFits = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(place);
        var (offset, length) = place(finding.Start, finding.Length);
        var start = lines.GetPosition(offset);
        var end = lines.GetPosition(offset + length);
        var fixes = new List<Fix>(finding.Fixes.Count);
        foreach (var fix in finding.Fixes)
        {
            if (fixFits is not null && !fixFits(fix)) continue;
            var (fixOffset, fixLength) = place(fix.Offset, fix.Length);
            fixes.Add(new Fix(fixOffset, fixLength, fix.Replacement));
        }

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
            Text = text.Substring(offset, length),
            Fixes = fixes,
            Field = field,
        };
    }
}
