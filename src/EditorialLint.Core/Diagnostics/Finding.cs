namespace EditorialLint.Core.Diagnostics;

/// <summary>
/// What a rule reports, in the coordinates of the text the rules see. The policy and the
/// source map turn it into a <see cref="Diagnostic"/> that points into the original file.
/// </summary>
/// <param name="RuleId">The reporting rule's id, e.g. <c>EDL0101</c>.</param>
/// <param name="Category">One of <see cref="Categories"/>.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Message">The message with its placeholders filled.</param>
/// <param name="Start">Start offset in the extracted text.</param>
/// <param name="Length">Length in the extracted text.</param>
/// <param name="Fixes">Replacements in the extracted text; empty when no fix is unambiguous.</param>
public sealed record Finding(
    string RuleId,
    string Category,
    Severity Severity,
    string Message,
    int Start,
    int Length,
    IReadOnlyList<Fix> Fixes)
{
    /// <summary>End offset (exclusive) in the extracted text.</summary>
    public int End => Start + Length;
}
