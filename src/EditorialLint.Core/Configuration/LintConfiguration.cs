using System.Text.RegularExpressions;
using EditorialLint.Core.Policy;

namespace EditorialLint.Core.Configuration;

/// <summary>
/// What an <c>.editoriallint.yaml</c> says: extra rule packs, severities per rule or category,
/// house-style spellings, and paths to leave alone.
/// </summary>
public sealed class LintConfiguration
{
    /// <summary>The configuration file's name.</summary>
    public const string FileName = ".editoriallint.yaml";

    /// <summary>Creates a configuration read from <paramref name="path"/>.</summary>
    public LintConfiguration(string? path, IReadOnlyList<string> rulePacks, IReadOnlyList<SeverityOverride> severities,
        IReadOnlyList<string> prefer, IReadOnlyList<string> ignore)
    {
        Path = path;
        RulePacks = rulePacks;
        Severities = severities;
        Prefer = prefer;
        Ignore = ignore;
        _ignore = ignore.Select(Glob).ToArray();
    }

    private readonly Regex[] _ignore;

    /// <summary>No configuration file: shipped rules, declared severities.</summary>
    public static LintConfiguration None { get; } = new(null, [], [], [], []);

    /// <summary>The file it was read from, or null.</summary>
    public string? Path { get; }

    /// <summary>The folder its relative paths start from.</summary>
    public string Folder => Path is null ? Directory.GetCurrentDirectory() : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Extra rule packs (full paths).</summary>
    public IReadOnlyList<string> RulePacks { get; }

    /// <summary>Severities by rule id or category.</summary>
    public IReadOnlyList<SeverityOverride> Severities { get; }

    /// <summary>Preferred spellings, first choice first (Kyiv, Zelensky).</summary>
    public IReadOnlyList<string> Prefer { get; }

    /// <summary>Glob patterns of paths to leave alone, relative to <see cref="Folder"/>.</summary>
    public IReadOnlyList<string> Ignore { get; }

    /// <summary>Whether <paramref name="file"/> is to be left alone.</summary>
    public bool Ignores(string file)
    {
        if (_ignore.Length == 0) return false;
        var relative = System.IO.Path.GetRelativePath(Folder, System.IO.Path.GetFullPath(file)).Replace('\\', '/');
        return _ignore.Any(r => r.IsMatch(relative));
    }

    private static Regex Glob(string pattern)
    {
        var p = pattern.Replace('\\', '/').TrimStart('/');
        var body = Regex.Escape(p)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        // A pattern without a slash matches at any depth, as .gitignore does; a folder matches all below it.
        var prefix = p.Contains('/') ? "^" : "^(?:.*/)?";
        return new Regex(prefix + body + "(?:/.*)?$", RegexOptions.CultureInvariant);
    }
}
