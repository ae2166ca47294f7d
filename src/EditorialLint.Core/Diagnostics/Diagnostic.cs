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
}
