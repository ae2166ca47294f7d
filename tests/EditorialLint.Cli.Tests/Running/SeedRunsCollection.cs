namespace EditorialLint.Cli.Tests.Running;

/// <summary>
/// The tests that run the whole tool, kept out of the parallel phase: rules' backtracking patterns
/// have a wall-clock limit per article, and a test process competing with itself for two cores can
/// push one past it, which changes the output under test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeedRunsCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Whole-tool runs, one at a time";
}
