namespace EditorialLint.Core.Text;

/// <summary>
/// Builds a <see cref="SourceMap"/> run by run, in text order, while a reader extracts text.
/// </summary>
public sealed class SourceMapBuilder
{
    private readonly List<SourceMapSegment> _segments = [];

    /// <summary>How many text characters have been mapped so far.</summary>
    public int TextLength { get; private set; }

    /// <summary>
    /// Maps the next <paramref name="length"/> text characters one to one onto the source
    /// starting at <paramref name="sourceStart"/>.
    /// </summary>
    /// <param name="sourceStart">The source offset of the first character.</param>
    /// <param name="length">How many characters were copied from the source.</param>
    /// <returns>This builder.</returns>
    public SourceMapBuilder AppendRun(int sourceStart, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceStart);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (length == 0)
        {
            return this;
        }

        if (_segments.Count > 0 && _segments[^1] is { IsOneToOne: true } last && last.SourceEnd == sourceStart)
        {
            _segments[^1] = last with { TextLength = last.TextLength + length, SourceLength = last.SourceLength + length };
        }
        else
        {
            _segments.Add(new SourceMapSegment(TextLength, length, sourceStart, length, IsOneToOne: true));
        }

        TextLength += length;
        return this;
    }

    /// <summary>
    /// Maps the next <paramref name="textLength"/> text characters (usually one) onto the
    /// whole source span that produced them, such as an entity or an escape sequence.
    /// </summary>
    /// <param name="sourceStart">Where the construct starts in the source.</param>
    /// <param name="sourceLength">The length of the construct in the source; at least 1.</param>
    /// <param name="textLength">How many text characters the construct decoded to.</param>
    /// <returns>This builder.</returns>
    public SourceMapBuilder AppendSpan(int sourceStart, int sourceLength, int textLength = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(textLength, 1);
        if (sourceLength == textLength && textLength == 1)
        {
            return AppendRun(sourceStart, 1);
        }

        _segments.Add(new SourceMapSegment(TextLength, textLength, sourceStart, sourceLength, IsOneToOne: false));
        TextLength += textLength;
        return this;
    }

    /// <summary>
    /// Maps the next <paramref name="textLength"/> text characters, which have no source
    /// (a separator the reader inserted), to the empty source span at <paramref name="sourceOffset"/>.
    /// </summary>
    /// <param name="sourceOffset">The source offset the synthetic text stands at.</param>
    /// <param name="textLength">How many synthetic characters were added.</param>
    /// <returns>This builder.</returns>
    public SourceMapBuilder AppendSynthetic(int sourceOffset, int textLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceOffset);
        ArgumentOutOfRangeException.ThrowIfNegative(textLength);
        if (textLength == 0)
        {
            return this;
        }

        if (_segments.Count > 0 && _segments[^1] is { IsSynthetic: true } last && last.SourceStart == sourceOffset)
        {
            _segments[^1] = last with { TextLength = last.TextLength + textLength };
        }
        else
        {
            _segments.Add(new SourceMapSegment(TextLength, textLength, sourceOffset, 0, IsOneToOne: false));
        }

        TextLength += textLength;
        return this;
    }

    /// <summary>Creates the map of everything appended so far.</summary>
    public SourceMap Build() => SourceMap.FromSegments(TextLength, [.. _segments]);
}
