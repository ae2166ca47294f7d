namespace EditorialLint.Cli.Tests.Running;

/// <summary>
/// The checkout the tests run in, found by walking up to <c>EditorialLint.sln</c>. Every run of
/// the tool happens with this as the working directory, so paths in output are repository-relative.
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The absolute path of the checkout.</summary>
    public static string Path => Root.Value;

    /// <summary>The folder holding this test project's sources, where its snapshots live.</summary>
    public static string TestProject => System.IO.Path.Combine(Path, "tests", "EditorialLint.Cli.Tests");

    /// <summary>A path inside the checkout, from repository-relative parts.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Makes the checkout the process's working directory; every test sets the same value.</summary>
    public static void Enter()
    {
        if (!string.Equals(Environment.CurrentDirectory, Path, StringComparison.Ordinal))
            Environment.CurrentDirectory = Path;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EditorialLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"no EditorialLint.sln above {AppContext.BaseDirectory}");
    }
}
