namespace EditorialLint.Cli.Tests.Formatters;

/// <summary>Files of the checkout the formatter tests read, by absolute path.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EditorialLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"no EditorialLint.sln above {AppContext.BaseDirectory}");
    });

    /// <summary>The checkout's absolute path.</summary>
    public static string Root => RootPath.Value;

    /// <summary>An absolute path from repository-relative parts.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The committed SARIF 2.1.0 schema.</summary>
    public static string SarifSchema => Path("tests", "EditorialLint.Cli.Tests", "Formatters", "Schemas", "sarif-2.1.0-rtm.5.json");
}
