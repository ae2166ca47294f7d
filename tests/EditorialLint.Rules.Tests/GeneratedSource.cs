namespace EditorialLint.Rules.Tests;

/// <summary>
/// Source files written from <c>rules/</c> and compiled into the tool: a test checks that one is
/// current, and writes it again when its variable is set to 1.
/// </summary>
internal static class GeneratedSource
{
    /// <summary>
    /// Writes <paramref name="expected"/> to <paramref name="path"/> (from the repository's root) when
    /// <paramref name="variable"/> is 1; then fails unless the file holds it, saying how to write it.
    /// </summary>
    public static void AssertCurrent(string path, string expected, string variable, string testClass)
    {
        var full = RepositoryRoot.Combine(path.Split('/'));
        if (Environment.GetEnvironmentVariable(variable) == "1") File.WriteAllText(full, expected);

        Assert.True(File.ReadAllText(full) == expected,
            $"{path} is not the one the shipped rules give; write it again: " +
            $"{variable}=1 dotnet test tests/EditorialLint.Rules.Tests --filter {testClass}");
    }
}
