using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Packs;

/// <summary>The cache folder stays bounded: entries go, oldest first, past a count or a size.</summary>
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
}
