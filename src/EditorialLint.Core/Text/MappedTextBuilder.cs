using System.Text;

namespace EditorialLint.Core.Text;

/// <summary>
/// Extracted text and its <see cref="SourceMap"/>, built together so they cannot drift apart.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly SourceMapBuilder _map = new();

    public int Length => _text.Length;

    /// <summary>The source offset just after the last mapped character, or 0.</summary>
    public int SourceEnd { get; private set; }

    public char this[int index] => _text[index];

    /// <summary>Copies <paramref name="length"/> source characters unchanged.</summary>
    public void AppendRun(string source, int start, int length)
    {
        _text.Append(source, start, length);
        _map.AppendRun(start, length);
        SourceEnd = start + length;
    }

    /// <summary>Appends text decoded from the source span <paramref name="sourceStart"/>..+<paramref name="sourceLength"/>.</summary>
    public void AppendDecoded(string text, int sourceStart, int sourceLength)
    {
        if (text.Length == 0)
        {
            return;
        }

        _text.Append(text);
        if (sourceLength == text.Length && text.Length == 1)
        {
            _map.AppendRun(sourceStart, 1);
        }
        else
        {
            _map.AppendSpan(sourceStart, sourceLength, text.Length);
        }

        SourceEnd = sourceStart + sourceLength;
    }

    /// <summary>Appends one decoded character.</summary>
    public void AppendDecoded(char c, int sourceStart, int sourceLength)
    {
        _text.Append(c);
        _map.AppendSpan(sourceStart, sourceLength);
        SourceEnd = sourceStart + sourceLength;
    }

    /// <summary>Appends text that has no source, standing at <see cref="SourceEnd"/>.</summary>
    public void AppendSynthetic(string text)
    {
        _text.Append(text);
        _map.AppendSynthetic(SourceEnd, text.Length);
    }

    /// <summary>Appends text that has no source, standing at <paramref name="sourceOffset"/>.</summary>
    public void AppendSynthetic(string text, int sourceOffset)
    {
        _text.Append(text);
        _map.AppendSynthetic(sourceOffset, text.Length);
    }

    /// <summary>Appends text already mapped into the same source by <paramref name="map"/>.</summary>
    public void AppendMapped(string text, SourceMap map)
    {
        _text.Append(text);
        map.AppendTo(_map);
        if (text.Length > 0)
        {
            var (start, length) = map.ToSource(text.Length - 1, 1);
            SourceEnd = start + length;
        }
    }

    public override string ToString() => _text.ToString();

    public SourceMap BuildMap() => _map.Build();
}
