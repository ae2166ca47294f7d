using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Packs;

/// <summary>
/// The cache folder stays bounded: entries go, oldest first, past a count or a size. An entry read
/// a piece at a time is checked as a whole one is.
/// </summary>
public sealed class CacheFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("editorial-lint-cache-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TryWrite_PastTheFolderSize_RemovesTheOldestEntries()
    {
        // Three entries of 40% of the limit each: the two newest fit, the oldest goes.
        var size = (int)(CacheFolder.MaxBytes * 2 / 5);
        var paths = Enumerable.Range(0, 3).Select(i => Path.Combine(_folder, $"entry-{i}.bin")).ToList();
        for (var i = 0; i < paths.Count; i++)
        {
            CacheFolder.TryWrite(paths[i], stream => stream.Write(new byte[size]));
            File.SetLastWriteTimeUtc(paths[i], DateTime.UtcNow.AddMinutes(i - 10));
        }

        Assert.Equal([false, true, true], paths.Select(File.Exists));
    }

    [Fact]
    public void TryWrite_AFewSmallEntries_KeepsThemAll()
    {
        var paths = Enumerable.Range(0, 10).Select(i => Path.Combine(_folder, $"entry-{i}.bin")).ToList();

        foreach (var path in paths) CacheFolder.TryWrite(path, stream => stream.Write(new byte[100]));

        Assert.All(paths, path => Assert.True(File.Exists(path)));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(CacheFolder.PieceSize)]
    public void TryOpenEntry_ReadInPieces_GivesTheDataForItsTextOnly(int pieceSize)
    {
        var random = new Random(pieceSize);
        var path = Path.Combine(_folder, "entry.bin");
        foreach (var (textLength, dataLength) in new[] { (0, 0), (1, 7), (5, 8), (40, 9), (300, 1000), (4100, 70000) })
        {
            var text = new string(Enumerable.Range(0, textLength).Select(_ => (char)random.Next(32, 0x3000)).ToArray());
            var data = new byte[dataLength];
            random.NextBytes(data);
            CacheFolder.TryWriteEntry(path, 42, text, writer => writer.Write(data));

            using (var entry = CacheFolder.TryOpenEntry(path, 42, text, pieceSize))
            {
                Assert.NotNull(entry);
                var read = new MemoryStream();
                entry.CopyTo(read);
                Assert.Equal(data, read.ToArray());
            }

            Assert.Null(CacheFolder.TryOpenEntry(path, 43, text, pieceSize));
            Assert.Null(CacheFolder.TryOpenEntry(path, 42, text + "x", pieceSize));
            if (textLength > 0) Assert.Null(CacheFolder.TryOpenEntry(path, 42, "y" + text[1..], pieceSize));
            if (dataLength > 0)
            {
                // One bit changed anywhere in the data fails its checksum.
                var bytes = File.ReadAllBytes(path);
                bytes[^(1 + random.Next(dataLength))] ^= 4;
                File.WriteAllBytes(path, bytes);
                Assert.Null(CacheFolder.TryOpenEntry(path, 42, text, pieceSize));
            }
        }
    }

    [Fact]
    public void TryOpenEntry_NoFile_GivesNull() => Assert.Null(CacheFolder.TryOpenEntry(Path.Combine(_folder, "none.bin"), 42, "text"));
}
