using System.Text;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Packs;

/// <summary>Text decoded a piece at a time is the text decoded in one go, malformed bytes and all.</summary>
public sealed class Utf8StreamTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(Utf8Stream.PieceSize)]
    public void ReadToEnd_InPieces_DecodesAsGetStringDoes(int pieceSize)
    {
        var random = new Random(pieceSize);
        // Characters of one to four bytes, and bytes that are no UTF-8 at all, split anywhere.
        string[] pieces = ["a", "é", "€", "😀", "\r\n", "\uFEFF"];
        for (var round = 0; round < 200; round++)
        {
            var bytes = new List<byte>();
            var parts = random.Next(0, 40);
            for (var i = 0; i < parts; i++)
            {
                if (random.Next(8) == 0) bytes.Add((byte)random.Next(0x80, 0x100));
                else bytes.AddRange(Encoding.UTF8.GetBytes(pieces[random.Next(pieces.Length)]));
            }

            var body = bytes.ToArray();
            // One leading byte-order mark is dropped, as the reading before this did.
            Assert.Equal(Encoding.UTF8.GetString(body.AsSpan().StartsWith(Bom) ? body[3..] : body), Utf8Stream.ReadToEnd(new MemoryStream(body), pieceSize));
            Assert.Equal(Encoding.UTF8.GetString(body), Utf8Stream.ReadToEnd(new MemoryStream([.. Bom, .. body]), pieceSize));
        }
    }

    [Fact]
    public void ReadToEnd_TheShippedLexicon_IsTheFileItsTextCameFrom()
    {
        var bytes = File.ReadAllBytes(RepositoryRoot.Combine("rules", "lexicon", "english.tsv"));

        Assert.Equal(Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(Bom) ? bytes[3..] : bytes), Utf8Stream.ReadToEnd(new MemoryStream(bytes)));
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("rules", "lexicon", "english.tsv")), RuleSource.Shipped.ReadText("lexicon/english.tsv"));
    }

    [Fact]
    public void ReadToEnd_AnEmptyStream_IsEmpty() => Assert.Equal("", Utf8Stream.ReadToEnd(new MemoryStream()));
}
