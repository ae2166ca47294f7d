using EditorialLint.Cli.Fixing;

namespace EditorialLint.Cli.Tests.Fixing;

/// <summary>Replacing a file all at once, and never over a change someone else made meanwhile.</summary>
public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly FixWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void TryReplace_Unchanged_WritesTheNewContent()
    {
        var path = _workspace.Write("a.txt", "old\n");

        var written = AtomicFileWriter.TryReplace(path, "old\n"u8, "new\n"u8);

        Assert.True(written);
        Assert.Equal("new\n", _workspace.Read("a.txt"));
        Assert.Equal(["a.txt"], _workspace.Files());
    }

    [Fact]
    public void TryReplace_ChangedSinceRead_LeavesTheFileAlone()
    {
        var path = _workspace.Write("a.txt", "edited by someone else\n");

        var written = AtomicFileWriter.TryReplace(path, "old\n"u8, "new\n"u8);

        Assert.False(written);
        Assert.Equal("edited by someone else\n", _workspace.Read("a.txt"));
        Assert.Equal(["a.txt"], _workspace.Files());
    }

    [Fact]
    public void TryReplace_SameLengthDifferentBytes_CountsAsChanged()
    {
        var path = _workspace.Write("a.txt", "abc\n");

        Assert.False(AtomicFileWriter.TryReplace(path, "abd\n"u8, "xyz\n"u8));
        Assert.Equal("abc\n", _workspace.Read("a.txt"));
    }

    [Fact]
    public void TryReplace_MissingFolder_ThrowsAndLeavesNothing()
    {
        var path = Path.Combine(_workspace.Folder, "gone", "a.txt");

        Assert.ThrowsAny<IOException>(() => AtomicFileWriter.TryReplace(path, "a"u8, "b"u8));
        Assert.False(Directory.Exists(Path.Combine(_workspace.Folder, "gone")));
    }
}
