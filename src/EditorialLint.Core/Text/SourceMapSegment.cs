namespace EditorialLint.Core.Text;

/// <summary>
/// One run of a <see cref="SourceMap"/>: a stretch of text and the source it came from.
/// </summary>
/// <param name="TextStart">Where the run starts in the extracted text.</param>
/// <param name="TextLength">How many text characters the run holds.</param>
/// <param name="SourceStart">Where the run's source starts.</param>
/// <param name="SourceLength">How many source characters produced the run; 0 for synthetic text.</param>
/// <param name="IsOneToOne">True when each text character is the source character at the same distance.</param>
internal readonly record struct SourceMapSegment(int TextStart, int TextLength, int SourceStart, int SourceLength, bool IsOneToOne)
{
    public int TextEnd => TextStart + TextLength;

    public int SourceEnd => SourceStart + SourceLength;

    public bool IsSynthetic => SourceLength == 0;
}
