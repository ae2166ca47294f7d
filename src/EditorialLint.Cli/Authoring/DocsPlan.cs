using System.Text.RegularExpressions;

namespace EditorialLint.Cli.Authoring;

/// <summary>
/// What it takes to bring the files on disk in line with generated <see cref="RuleDocs"/>: pages to
/// write, pages of rules that are gone to delete, and the README's table. Empty when nothing is stale.
/// </summary>
public static partial class DocsPlan
{
    [GeneratedRegex("^[A-Z]{2,8}[0-9]{3,5}\\.md$")]
    private static partial Regex PageName();

    /// <summary>The changes needed; files the generator does not own (other names in the folder) are left alone.</summary>
    public static IReadOnlyList<DocsChange> Compare(RuleDocs docs, DocsLayout layout)
    {
        var changes = new List<DocsChange>();
        foreach (var (name, content) in docs.Pages)
        {
            var path = Path.Combine(layout.OutDirectory, name);
            if (!File.Exists(path) || File.ReadAllText(path) != content) changes.Add(new DocsChange(path, content));
        }

        if (Directory.Exists(layout.OutDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(layout.OutDirectory).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (PageName().IsMatch(name) && !docs.Pages.ContainsKey(name)) changes.Add(new DocsChange(path, null));
            }
        }

        var readme = File.ReadAllText(layout.ReadmePath);
        var spliced = RuleTable.Splice(readme, docs.Table);
        if (spliced != readme) changes.Add(new DocsChange(layout.ReadmePath, spliced));
        return changes;
    }

    /// <summary>Writes and deletes as <paramref name="changes"/> say.</summary>
    public static void Apply(IEnumerable<DocsChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Content is null)
            {
                File.Delete(change.Path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(change.Path)!);
            File.WriteAllText(change.Path, change.Content);
        }
    }
}
