namespace EditorialLint.Cli.Tests.Formatters;

/// <summary>
/// Tests that lint whole fixture folders and compare runs: they run after the others, alone, so a
/// busy machine cannot push a rule's pattern past its time limit in one run and not the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Whole-folder runs, alone";
}
