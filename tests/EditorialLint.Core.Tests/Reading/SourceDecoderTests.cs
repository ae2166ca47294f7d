using System.Text;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

public class SourceDecoderTests
{
    private const string Sample = "Café — “quoted” \U0001F4B8\nline two";

    [Fact]
    public void Decode_Utf8WithoutBom_KeepsTextAndReportsNoBom()
    {
        var source = SourceDecoder.Decode("a.txt", Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, source.Text);
        Assert.False(source.HasBom);
        Assert.Equal("a.txt", source.Path);
        Assert.IsType<UTF8Encoding>(source.Encoding);
        Assert.Empty(source.Encoding.GetPreamble());
    }

    [Fact]
    public void Decode_Utf8WithBom_RemovesBomAndRemembersIt()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];

        var source = SourceDecoder.Decode("a.txt", bytes);

        Assert.Equal(Sample, source.Text);
        Assert.True(source.HasBom);
        Assert.Equal([0xEF, 0xBB, 0xBF], source.Encoding.GetPreamble());
    }

    [Theory]
    [InlineData("utf-16", new byte[] { 0xFF, 0xFE })]
    [InlineData("utf-16BE", new byte[] { 0xFE, 0xFF })]
    [InlineData("utf-32", new byte[] { 0xFF, 0xFE, 0x00, 0x00 })]
    [InlineData("utf-32BE", new byte[] { 0x00, 0x00, 0xFE, 0xFF })]
    public void Decode_WideEncodingWithBom_DecodesAndKeepsEncoding(string encodingName, byte[] bom)
    {
        var encoding = encodingName == "utf-32BE" ? new UTF32Encoding(bigEndian: true, byteOrderMark: true) : Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. bom, .. encoding.GetBytes(Sample)];

        var source = SourceDecoder.Decode("a.txt", bytes);

        Assert.Equal(Sample, source.Text);
        Assert.True(source.HasBom);
        Assert.Equal(bom, source.Encoding.GetPreamble());
        Assert.Equal(Sample, source.Encoding.GetString(source.Encoding.GetBytes(source.Text)));
    }

    [Fact]
    public void Decode_EmptyFile_IsEmptyText()
    {
        var source = SourceDecoder.Decode("empty.txt", []);

        Assert.Equal(string.Empty, source.Text);
        Assert.False(source.HasBom);
        Assert.Equal("\n", source.NewLine);
    }

    [Fact]
    public void Decode_BomOnly_IsEmptyText()
    {
        var source = SourceDecoder.Decode("bom.txt", [0xEF, 0xBB, 0xBF]);

        Assert.Equal(string.Empty, source.Text);
        Assert.True(source.HasBom);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc\n", "\r\n")]
    [InlineData("a\nb\r\nc\n", "\n")]
    [InlineData("a\r\nb\n", "\n")]
    [InlineData("no break", "\n")]
    [InlineData("lone\rcarriage\rreturns", "\n")]
    public void Decode_NewLine_IsTheDominantLineEnding(string text, string expected)
    {
        var source = SourceDecoder.Decode("a.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, source.NewLine);
        Assert.Equal(text, source.Text);
    }

    [Fact]
    public void Decode_InvalidUtf8_SaysWhereAndWhatToDo()
    {
        // "Caf\xE9" is Windows-1252 for "Café".
        byte[] bytes = [.. "Line one\nCaf"u8, 0xE9, .. " au lait"u8];

        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("story.txt", bytes));

        Assert.Equal("story.txt", error.Path);
        Assert.Equal(
            "story.txt: not valid UTF-8 at byte 12 (line 2, byte 0xE9); it looks like another encoding such as Windows-1252: save it as UTF-8 and try again",
            error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Decode_InvalidUtf8AfterBom_CountsTheBomInTheOffset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF];

        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("a.md", bytes));

        Assert.Contains("at byte 5", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xE2, 0x80 }, 1)]       // truncated at the end
    [InlineData(new byte[] { 0x61, 0xED, 0xA0, 0x80 }, 1)] // an encoded surrogate
    [InlineData(new byte[] { 0x61, 0x62, 0xC0, 0xAF }, 2)] // an overlong '/'
    public void Decode_MalformedSequences_AreRejected(byte[] bytes, int offset)
    {
        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("a.txt", bytes));

        Assert.Contains($"not valid UTF-8 at byte {offset} ", error.Message);
    }

    [Fact]
    public void Decode_NulByte_IsBinary()
    {
        byte[] bytes = [.. "PK"u8, 0x03, 0x04, 0x00, 0x00, .. "rest"u8];

        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("archive.txt", bytes));

        Assert.StartsWith("archive.txt: binary file (a NUL byte at byte 4)", error.Message);
    }

    [Fact]
    public void Decode_MostlyControlCharacters_IsBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();

        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("blob.txt", bytes));

        Assert.Contains("binary file", error.Message);
    }

    [Theory]
    [InlineData(20, false)] // one unit in ten: still text
    [InlineData(21, true)] // more than one in ten: binary
    public void Decode_ControlsAtTheOneInTenLine_AreCountedExactly(int controls, bool binary)
    {
        // 200 units: the controls spread through letters, tabs and line breaks, which do not count.
        var units = Enumerable.Range(0, 200).Select(i => i < controls * 9 && i % 9 == 0 ? '\u0007' : i % 7 == 0 ? '\n' : i % 5 == 0 ? '\t' : 'a').ToArray();
        var text = new string(units);
        Assert.Equal(controls, text.Count(c => c == '\u0007'));

        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)] })
        {
            var read = Record.Exception(() => SourceDecoder.Decode("a.txt", bytes));

            if (binary) Assert.Contains("binary file (mostly control characters)", Assert.IsType<UnreadableInputException>(read).Message);
            else Assert.Null(read);
        }
    }

    [Fact]
    public void Decode_TabsFormFeedsAndAFewControls_IsText()
    {
        var text = "Col\tCol\f\r\nA stray \u0007 bell in a long enough line of ordinary prose.";

        Assert.Equal(text, SourceDecoder.Decode("a.txt", Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public void Decode_Utf16WithoutBom_IsReportedAsBinary()
    {
        var bytes = Encoding.Unicode.GetBytes("Hello");

        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("a.txt", bytes));

        Assert.Equal("a.txt: binary file or UTF-16 without a byte-order mark (NUL bytes between letters); save it as UTF-8 and try again", error.Message);
    }

    [Fact]
    public void Decode_Utf16WithOddLength_IsUnreadable()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x42];

        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("a.txt", bytes));

        Assert.Equal("a.txt: not valid UTF-16 near byte 4; save it as UTF-8 and try again", error.Message);
    }

    [Fact]
    public void Decode_Utf16WithLoneSurrogate_IsUnreadable()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x41, 0x00];

        var error = Assert.Throws<UnreadableInputException>(() => SourceDecoder.Decode("a.txt", bytes));

        Assert.Contains("not valid UTF-16", error.Message);
    }
}
