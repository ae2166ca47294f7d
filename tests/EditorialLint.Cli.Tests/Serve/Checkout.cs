namespace EditorialLint.Cli.Tests.Serve;

/// <summary>Files of the checkout the tests run in, found by walking up to <c>EditorialLint.sln</c>.</summary>
internal static class Checkout
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"no EditorialLint.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    /// <summary>The text of a seed article in <c>fixtures/articles</c>, by its number (<c>"003"</c>).</summary>
    public static string Seed(string number)
    {
        var folder = Path.Combine(Root, "fixtures", "articles");
        var file = Directory.EnumerateFiles(folder, number + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    /// <summary>A folder under <c>TestResults/</c> (git-ignored) for artifacts such as screenshots.</summary>
    public static string Results(string name)
    {
        var folder = Path.Combine(Root, "TestResults", name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
