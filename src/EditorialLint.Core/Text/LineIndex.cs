namespace EditorialLint.Core.Text;

/// <summary>
/// Turns offsets in a text into 1-based line and column positions.
/// </summary>
/// <remarks>
/// Only <c>'\n'</c> ends a line. In <c>"\r\n"</c> the <c>'\r'</c> stays on the line before,
/// and a lone <c>'\r'</c> is not a line break, so positions agree with tools that count
/// <c>'\n'</c> only. Columns count UTF-16 code units, so a surrogate pair takes two columns.
/// </remarks>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    /// <param name="text">The text whose offsets will be converted.</param>
    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        var next = text.IndexOf('\n');
        while (next >= 0)
        {
            starts.Add(next + 1);
            next = text.IndexOf('\n', next + 1);
        }

        _lineStarts = [.. starts];
        Length = text.Length;
    }

    /// <summary>The length of the indexed text in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The number of lines; a text ending in <c>'\n'</c> has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The position of <paramref name="offset"/>; <see cref="Length"/> itself is allowed.</summary>
    /// <param name="offset">A UTF-16 offset from 0 to <see cref="Length"/> inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text.</exception>
    public TextPosition GetPosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextPosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The offset where the 1-based <paramref name="line"/> starts.</summary>
    /// <param name="line">A line number from 1 to <see cref="LineCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">There is no such line.</exception>
    public int GetLineStart(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, LineCount);
        return _lineStarts[line - 1];
    }
}
