using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Text;

public class LineIndexTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(2, 1, 3)] // the '\n' itself ends line 1
    [InlineData(3, 2, 1)]
    [InlineData(5, 2, 3)] // end of text
    public void GetPosition_Lf_CountsLinesAfterEachBreak(int offset, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), new LineIndex("ab\ncd").GetPosition(offset));
    }

    [Theory]
    [InlineData(2, 1, 3)] // '\r' belongs to the line before
    [InlineData(3, 1, 4)] // so does '\n'
    [InlineData(4, 2, 1)]
    [InlineData(6, 2, 3)]
    public void GetPosition_Crlf_CountsOneBreak(int offset, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), new LineIndex("ab\r\ncd").GetPosition(offset));
    }

    [Fact]
    public void GetPosition_LoneCr_IsNotALineBreak()
    {
        var index = new LineIndex("ab\rcd");

        Assert.Equal(1, index.LineCount);
        Assert.Equal(new TextPosition(1, 4), index.GetPosition(3));
    }

    [Fact]
    public void GetPosition_SurrogatePair_TakesTwoColumns()
    {
        var text = "x\na\U0001F600b";

        Assert.Equal(new TextPosition(2, 4), new LineIndex(text).GetPosition(text.IndexOf('b')));
    }

    [Fact]
    public void GetPosition_TrailingNewline_EndIsStartOfEmptyLastLine()
    {
        var index = new LineIndex("a\n");

        Assert.Equal(2, index.LineCount);
        Assert.Equal(new TextPosition(2, 1), index.GetPosition(2));
    }

    [Fact]
    public void GetPosition_EmptyText_HasOnePosition()
    {
        Assert.Equal(new TextPosition(1, 1), new LineIndex(string.Empty).GetPosition(0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void GetPosition_OutsideText_Throws(int offset)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineIndex("abc").GetPosition(offset));
    }

    [Fact]
    public void GetLineStart_ReturnsOffsetAfterEachBreak()
    {
        var index = new LineIndex("one\r\ntwo\n\nfour");

        Assert.Equal([0, 5, 9, 10], Enumerable.Range(1, index.LineCount).Select(index.GetLineStart));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetLineStart(5));
    }

    [Fact]
    public void GetPosition_EveryOffsetOfMixedText_AgreesWithCountingLineFeeds()
    {
        // The same arithmetic as the seed checker: line = '\n's before + 1, column = units since the last '\n' + 1.
        var text = "Headline\r\n\r\nA “quote”\rwith lone CR and \U0001F4B8 cash.\nLast line";
        var index = new LineIndex(text);

        for (var offset = 0; offset <= text.Length; offset++)
        {
            var before = text[..offset];
            var expected = new TextPosition(before.Count(c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
            Assert.Equal(expected, index.GetPosition(offset));
        }
    }

    [Fact]
    public void ToString_IsLineColon()
    {
        Assert.Equal("3:14", new TextPosition(3, 14).ToString());
    }
}
