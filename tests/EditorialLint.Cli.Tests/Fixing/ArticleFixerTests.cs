using System.Text;
using EditorialLint.Cli.Fixing;
using EditorialLint.Core.Reading;

namespace EditorialLint.Cli.Tests.Fixing;

/// <summary>Writing a decoded article back gives the bytes it was read from.</summary>
public sealed class ArticleFixerTests
{
    public static TheoryData<string, byte[]> Files => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes("Zürich — “quoted” 🇺🇦\r\nnext\n") },
        { "utf-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Zürich 🇺🇦\n")] },
        { "utf-16le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Zürich 🇺🇦\r\n")] },
        { "utf-16be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Zürich 🇺🇦\n")] },
        { "utf-32le", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("Zürich 🇺🇦\n")] },
        { "utf-32be", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(true, false).GetBytes("Zürich 🇺🇦\n")] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Encode_DecodedSource_GivesTheOriginalBytes(string name, byte[] bytes)
    {
        var source = SourceDecoder.Decode(name, bytes);

        Assert.Equal(bytes, ArticleFixer.Encode(source));
    }
}
