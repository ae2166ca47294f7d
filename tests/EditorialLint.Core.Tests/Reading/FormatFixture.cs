namespace EditorialLint.Core.Tests.Reading;

/// <summary>The sample inputs in <c>fixtures/formats</c>, found from the test binaries upwards.</summary>
internal static class FormatFixture
{
    private static readonly Lazy<string> Directory = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "fixtures", "formats");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("fixtures/formats not found above " + AppContext.BaseDirectory);
    });

    public static string Path(string name) => System.IO.Path.Combine(Directory.Value, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
}
