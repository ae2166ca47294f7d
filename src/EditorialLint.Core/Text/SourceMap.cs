namespace EditorialLint.Core.Text;

/// <summary>
/// Maps offsets in an article's extracted text (what rules see) to offsets in the
/// original source text (what the file holds), so diagnostics point into the file.
/// </summary>
/// <remarks>
/// Built with <see cref="SourceMapBuilder"/>. Text produced from a markup construct
/// (an entity such as <c>&amp;amp;</c>, an escape such as <c>\u2019</c>) maps to the
/// whole construct; synthetic text (block separators) maps to an empty source span.
/// </remarks>
public sealed class SourceMap
{
    private readonly SourceMapSegment[] _segments;

    private SourceMap(int textLength, SourceMapSegment[] segments, bool isIdentity)
    {
        TextLength = textLength;
        _segments = segments;
        IsIdentity = isIdentity;
    }

    /// <summary>True when every text offset equals its source offset.</summary>
    public bool IsIdentity { get; }

    /// <summary>The length of the extracted text this map covers.</summary>
    public int TextLength { get; }

    /// <summary>A map for text that is the source itself.</summary>
    /// <param name="length">The length of the text.</param>
    public static SourceMap Identity(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new SourceMap(length, [], isIdentity: true);
    }

    internal static SourceMap FromSegments(int textLength, SourceMapSegment[] segments)
    {
        var identity = segments.Length == 0
            ? textLength == 0
            : segments.Length == 1 && segments[0] is { IsOneToOne: true, TextStart: 0, SourceStart: 0 };
        return new SourceMap(textLength, segments, identity);
    }

    /// <summary>
    /// The source offset of the text character at <paramref name="textOffset"/>; for
    /// <see cref="TextLength"/>, the source offset just after the last character.
    /// </summary>
    /// <param name="textOffset">An offset from 0 to <see cref="TextLength"/> inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text.</exception>
    public int ToSource(int textOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(textOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(textOffset, TextLength);
        if (IsIdentity)
        {
            return textOffset;
        }

        if (textOffset == TextLength)
        {
            return _segments.Length == 0 ? 0 : _segments[^1].SourceEnd;
        }

        var segment = _segments[Find(textOffset)];
        return segment.IsOneToOne ? segment.SourceStart + (textOffset - segment.TextStart) : segment.SourceStart;
    }

    /// <summary>
    /// The smallest source span that covers the source of every text character in the span.
    /// </summary>
    /// <remarks>
    /// Synthetic characters only count when the span holds nothing else; an empty span maps
    /// to an empty span at <see cref="ToSource(int)"/> of its start.
    /// </remarks>
    /// <param name="start">The start of the span in the text.</param>
    /// <param name="length">The length of the span in the text.</param>
    /// <returns>The source start and length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is outside the text.</exception>
    public (int Start, int Length) ToSource(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, TextLength - length);
        if (IsIdentity)
        {
            return (start, length);
        }

        if (length == 0)
        {
            return (ToSource(start), 0);
        }

        var end = start + length;
        var low = int.MaxValue;
        var high = int.MinValue;
        var syntheticAt = -1;
        for (var i = Find(start); i < _segments.Length && _segments[i].TextStart < end; i++)
        {
            var segment = _segments[i];
            if (segment.IsSynthetic)
            {
                if (syntheticAt < 0)
                {
                    syntheticAt = segment.SourceStart;
                }

                continue;
            }

            int from, to;
            if (segment.IsOneToOne)
            {
                from = segment.SourceStart + (Math.Max(start, segment.TextStart) - segment.TextStart);
                to = segment.SourceStart + (Math.Min(end, segment.TextEnd) - segment.TextStart);
            }
            else
            {
                from = segment.SourceStart;
                to = segment.SourceEnd;
            }

            low = Math.Min(low, from);
            high = Math.Max(high, to);
        }

        return low == int.MaxValue ? (syntheticAt, 0) : (low, high - low);
    }

    /// <summary>
    /// Chains this map (text to an intermediate text) with <paramref name="outer"/>
    /// (intermediate text to source): a markdown body inside a JSON string, for example.
    /// </summary>
    internal SourceMap Compose(SourceMap outer)
    {
        if (outer.IsIdentity)
        {
            return this;
        }

        if (IsIdentity && TextLength == outer.TextLength)
        {
            return outer;
        }

        var builder = new SourceMapBuilder();
        var segments = IsIdentity ? [new SourceMapSegment(0, TextLength, 0, TextLength, IsOneToOne: true)] : _segments;
        foreach (var segment in segments)
        {
            if (segment.IsSynthetic)
            {
                builder.AppendSynthetic(outer.ToSource(segment.SourceStart), segment.TextLength);
            }
            else if (segment.IsOneToOne)
            {
                for (var j = segment.SourceStart; j < segment.SourceEnd; j++)
                {
                    Append(builder, outer.ToSource(j, 1), 1);
                }
            }
            else
            {
                Append(builder, outer.ToSource(segment.SourceStart, segment.SourceLength), segment.TextLength);
            }
        }

        return builder.Build();

        static void Append(SourceMapBuilder builder, (int Start, int Length) span, int textLength)
        {
            if (span.Length == 0)
            {
                builder.AppendSynthetic(span.Start, textLength);
            }
            else
            {
                builder.AppendSpan(span.Start, span.Length, textLength);
            }
        }
    }

    /// <summary>Appends this map's runs to <paramref name="builder"/>, after what it already holds.</summary>
    internal void AppendTo(SourceMapBuilder builder)
    {
        if (IsIdentity)
        {
            builder.AppendRun(0, TextLength);
            return;
        }

        foreach (var segment in _segments)
        {
            if (segment.IsSynthetic)
            {
                builder.AppendSynthetic(segment.SourceStart, segment.TextLength);
            }
            else if (segment.IsOneToOne)
            {
                builder.AppendRun(segment.SourceStart, segment.TextLength);
            }
            else
            {
                builder.AppendSpan(segment.SourceStart, segment.SourceLength, segment.TextLength);
            }
        }
    }

    private int Find(int textOffset)
    {
        var lo = 0;
        var hi = _segments.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (_segments[mid].TextStart <= textOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
