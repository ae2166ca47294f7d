using System.Text.RegularExpressions;

namespace EditorialLint.Cli.Inputs;

/// <summary>Turns the command line's paths, folders, globs and <c>-</c> into a sorted list of articles.</summary>
public static class InputExpander
{
    /// <summary>File endings linted when a folder or glob is given.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm", ".json",
    };

    /// <summary>
    /// Expands <paramref name="arguments"/>; a path that matches nothing goes to <paramref name="missing"/>,
    /// as one line <c>path: what is wrong: what to do</c>.
    /// </summary>
    public static IReadOnlyList<Input> Expand(IEnumerable<string> arguments, List<string> missing)
    {
        var result = new List<Input>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in arguments)
        {
            if (arg == "-")
            {
                result.Add(new Input(Input.StdinName, true));
                continue;
            }

            if (BrokenLink(arg) is { } broken)
            {
                missing.Add($"{arg}: {broken}");
            }
            else if (File.Exists(arg))
            {
                if (seen.Add(Path.GetFullPath(arg))) result.Add(new Input(arg, false) { Named = true });
            }
            else if (Directory.Exists(arg))
            {
                foreach (var file in Walk(arg))
                {
                    if (seen.Add(Path.GetFullPath(file))) result.Add(new Input(file, false));
                }
            }
            else if (arg.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = Glob(arg).ToList();
                if (matches.Count == 0) missing.Add($"{arg}: no file matches this pattern");
                foreach (var file in matches)
                {
                    if (seen.Add(Path.GetFullPath(file))) result.Add(new Input(file, false));
                }
            }
            else
            {
                missing.Add($"{arg}: no such file or folder");
            }
        }

        return result;
    }

    /// <summary>What is wrong with a symbolic link that leads nowhere (a loop, or a missing target), or null if it is not one.</summary>
    private static string? BrokenLink(string path)
    {
        // The kernel resolves it (a link to a file, or /dev/fd/N, whose target "pipe:[…]" is no path).
        if (FileKinds.Of(path) != FileKind.Unknown) return null;
        var chain = new List<string> { path };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = path;
        bool loop;
        try
        {
            while (true)
            {
                if (new FileInfo(current).LinkTarget is not { } target)
                {
                    loop = false;
                    break;
                }

                if (!seen.Add(Path.GetFullPath(current)) || chain.Count > 40)
                {
                    loop = true;
                    break;
                }

                chain.Add(target);
                current = Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(current))!, target);
            }

            // The end of the chain is not a link, so whether it exists is plain.
            if (chain.Count == 1 || (!loop && (File.Exists(current) || Directory.Exists(current)))) return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        var links = string.Join(" -> ", chain);
        return loop
            ? $"a symbolic link loop ({links}): point the link at a file or folder, or remove it"
            : $"a symbolic link to a missing file ({links}): point the link at a file or folder, or remove it";
    }

    /// <summary>The article files under a folder, sorted, following no links into loops.</summary>
    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWild = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWild);
        var root = slash < 0 ? "." : normalized[..slash];
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var regex = new Regex("^" + Regex.Escape(normalized)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$");
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(f => slash < 0 && f.StartsWith("./", StringComparison.Ordinal) ? f[2..] : f)
            .Where(f => regex.IsMatch(f.Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }
}
