namespace EditorialLint.Cli.Authoring;

/// <summary>Where generated rule documentation goes: the folder of pages and the README whose rule table is rebuilt.</summary>
/// <param name="OutDirectory">The folder of the per-rule pages (full path), e.g. <c>docs/rules</c>.</param>
/// <param name="ReadmePath">The README (full path); the shipped packs' paths are relative to its folder.</param>
public sealed record DocsLayout(string OutDirectory, string ReadmePath)
{
    /// <summary>The layout of a repository checked out at <paramref name="root"/>: <c>docs/rules</c> and <c>README.md</c>.</summary>
    public static DocsLayout AtRoot(string root) =>
        new(Path.GetFullPath(Path.Combine(root, "docs", "rules")), Path.GetFullPath(Path.Combine(root, "README.md")));

    /// <summary>The command that rebuilds the documentation, for messages that find it stale.</summary>
    public const string Command = "dotnet run --project src/EditorialLint.Cli -- rules docs";

    /// <summary>A relative link from the folder <paramref name="fromDirectory"/> to <paramref name="to"/>, with forward slashes.</summary>
    public static string Link(string fromDirectory, string to) =>
        Path.GetRelativePath(fromDirectory, to).Replace('\\', '/');
}
