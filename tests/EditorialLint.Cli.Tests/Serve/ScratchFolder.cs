namespace EditorialLint.Cli.Tests.Serve;

/// <summary>A fresh folder under the system's temporary folder, removed on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = Directory.CreateTempSubdirectory("editorial-lint-serve-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> as an editor saves: a hidden temporary file renamed over it.</summary>
    public string Save(string name, string text)
    {
        var target = System.IO.Path.Combine(Path, name);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, $".{System.IO.Path.GetFileName(name)}.{Guid.NewGuid():N}");
        File.WriteAllText(temporary, text);
        File.Move(temporary, target, overwrite: true);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the system cleans its temporary folder.
        }
    }
}
