using System.Collections.Concurrent;

namespace EditorialLint.Core.Configuration;

/// <summary>Finds the <c>.editoriallint.yaml</c> that applies to a file by walking up its folders, as .editorconfig does.</summary>
public sealed class ConfigurationLocator
{
    private readonly ConcurrentDictionary<string, string?> _byFolder = new(StringComparer.Ordinal);

    /// <summary>The nearest configuration file above <paramref name="file"/>, or null.</summary>
    public string? Find(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is null ? null : FindFrom(folder);
    }

    private string? FindFrom(string folder) => _byFolder.GetOrAdd(folder, f =>
    {
        var candidate = Path.Combine(f, LintConfiguration.FileName);
        if (File.Exists(candidate)) return candidate;
        var parent = Path.GetDirectoryName(f);
        return parent is null || parent == f ? null : FindFrom(parent);
    });
}
