namespace EditorialLint.Cli.Tests.Authoring;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (File.Exists(System.IO.Path.Combine(dir, "EditorialLint.sln"))) return dir;
        }

        throw new InvalidOperationException($"no EditorialLint.sln above {AppContext.BaseDirectory}");
    }
}
