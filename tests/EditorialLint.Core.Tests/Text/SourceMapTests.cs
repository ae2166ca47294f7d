using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Text;

public class SourceMapTests
{
    // Source "<p>A &amp; B</p><p>C</p>" read as text "A & B\n\nC".
    private static SourceMap HtmlLikeMap() => new SourceMapBuilder()
        .AppendRun(3, 2)         // "A "
        .AppendSpan(5, 5)        // "&" from "&amp;"
        .AppendRun(10, 2)        // " B"
        .AppendSynthetic(12, 2)  // "\n\n" between paragraphs
        .AppendRun(19, 1)        // "C"
        .Build();

    [Fact]
    public void Identity_MapsEveryOffsetToItself()
    {
        var map = SourceMap.Identity(10);

        Assert.True(map.IsIdentity);
        Assert.Equal(10, map.TextLength);
        Assert.Equal(7, map.ToSource(7));
        Assert.Equal(10, map.ToSource(10));
        Assert.Equal((3, 4), map.ToSource(3, 4));
    }

    [Fact]
    public void Build_ContiguousRunsFromZero_IsIdentity()
    {
        var map = new SourceMapBuilder().AppendRun(0, 3).AppendRun(3, 2).Build();

        Assert.True(map.IsIdentity);
        Assert.Equal(5, map.TextLength);
    }

    [Fact]
    public void Build_RunNotFromZero_IsNotIdentity()
    {
        var map = new SourceMapBuilder().AppendRun(2, 3).Build();

        Assert.False(map.IsIdentity);
        Assert.Equal(2, map.ToSource(0));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 4)]
    [InlineData(2, 5)]  // the entity's '&'
    [InlineData(3, 10)]
    [InlineData(4, 11)]
    [InlineData(5, 12)] // synthetic
    [InlineData(6, 12)] // synthetic
    [InlineData(7, 19)]
    [InlineData(8, 20)] // end of text: end of the last character's source
    public void ToSource_Offset_MapsEachCharacter(int textOffset, int sourceOffset)
    {
        Assert.Equal(sourceOffset, HtmlLikeMap().ToSource(textOffset));
    }

    [Fact]
    public void ToSource_EntityCharacter_CoversWholeEntity()
    {
        Assert.Equal((5, 5), HtmlLikeMap().ToSource(2, 1));
    }

    [Fact]
    public void ToSource_SpanEndingOnEntity_EndsAfterEntity()
    {
        Assert.Equal((3, 7), HtmlLikeMap().ToSource(0, 3));
    }

    [Fact]
    public void ToSource_SpanAcrossSeparator_CoversBothBlocksAndTheMarkupBetween()
    {
        Assert.Equal((11, 9), HtmlLikeMap().ToSource(4, 4));
    }

    [Fact]
    public void ToSource_OnlySynthetic_IsEmptyAtItsPlace()
    {
        Assert.Equal((12, 0), HtmlLikeMap().ToSource(5, 2));
    }

    [Fact]
    public void ToSource_EmptySpan_IsEmptyAtStart()
    {
        Assert.Equal((10, 0), HtmlLikeMap().ToSource(3, 0));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 9)]
    [InlineData(8, 1)]
    [InlineData(2, -1)]
    public void ToSource_SpanOutsideText_Throws(int start, int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlLikeMap().ToSource(start, length));
    }

    [Fact]
    public void ToSource_OffsetOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlLikeMap().ToSource(9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SourceMap.Identity(3).ToSource(4));
    }

    [Fact]
    public void ToSource_TwoCharactersFromOneConstruct_BothMapToItsStart()
    {
        // "&#x1F600;" decodes to a surrogate pair.
        var map = new SourceMapBuilder().AppendRun(0, 1).AppendSpan(1, 9, textLength: 2).Build();

        Assert.Equal(1, map.ToSource(1));
        Assert.Equal(1, map.ToSource(2));
        Assert.Equal((1, 9), map.ToSource(2, 1));
        Assert.Equal((0, 10), map.ToSource(0, 3));
    }

    [Fact]
    public void ToSource_SourceOutOfTextOrder_CoversMinToMax()
    {
        // A JSON article whose "body" comes before its "headline" in the file.
        var map = new SourceMapBuilder().AppendRun(40, 5).AppendSynthetic(45, 2).AppendRun(10, 5).Build();

        Assert.Equal((10, 35), map.ToSource(3, 6));
    }

    [Fact]
    public void Compose_ChainsThroughIntermediateText()
    {
        // Inner: Markdown "*a* &amp;" read as "a &"; outer: that Markdown inside a JSON string at offset 10 with "\u0026" for '&'.
        var inner = new SourceMapBuilder().AppendRun(1, 1).AppendRun(3, 1).AppendSpan(4, 5).Build();
        var outer = new SourceMapBuilder().AppendRun(10, 4).AppendSpan(14, 6).AppendRun(20, 4).Build();

        var composed = inner.Compose(outer);

        Assert.Equal(3, composed.TextLength);
        Assert.Equal(11, composed.ToSource(0));
        Assert.Equal(13, composed.ToSource(1));
        Assert.Equal((14, 10), composed.ToSource(2, 1));
    }

    [Fact]
    public void Compose_EmptyIdentity_StaysEmpty()
    {
        // A Markdown body with no prose inside a JSON string that is not empty.
        var composed = SourceMap.Identity(0).Compose(new SourceMapBuilder().AppendRun(10, 8).Build());

        Assert.Equal(0, composed.TextLength);
    }

    [Fact]
    public void Compose_ShorterIdentity_TakesThePrefixOfTheOuterMap()
    {
        var composed = SourceMap.Identity(2).Compose(new SourceMapBuilder().AppendRun(10, 2).AppendSpan(12, 6).Build());

        Assert.Equal(2, composed.TextLength);
        Assert.Equal((10, 2), composed.ToSource(0, 2));
    }

    [Fact]
    public void Builder_RejectsNegativeAndEmptySpans()
    {
        var builder = new SourceMapBuilder();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AppendRun(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AppendSpan(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AppendSynthetic(0, -1));
        Assert.Equal(0, builder.TextLength);
    }
}
