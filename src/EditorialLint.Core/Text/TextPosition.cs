namespace EditorialLint.Core.Text;

/// <summary>
/// A 1-based line and 1-based column in a text; columns count UTF-16 code units.
/// </summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column, in UTF-16 code units from the start of the line.</param>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Formats the position as <c>line:column</c>.</summary>
    public override string ToString() => $"{Line}:{Column}";
}
