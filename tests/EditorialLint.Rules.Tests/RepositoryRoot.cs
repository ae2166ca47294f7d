namespace EditorialLint.Rules.Tests;

/// <summary>The clone's top folder, found by walking up from the test binaries to <c>EditorialLint.sln</c>.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"EditorialLint.sln not found above {AppContext.BaseDirectory}");
    });

    /// <summary>A path below the top folder.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root.Value, .. parts]);
}
