using Snapshooter;
using Snapshooter.Xunit;

namespace EditorialLint.Cli.Tests.Running;

/// <summary>
/// Matches output against <c>__snapshots__/NAME.snap</c> in this test project's folder. The folder is
/// taken from the repository root, not from the debug symbols, so builds that map source paths
/// (deterministic CI builds) still find the committed snapshots.
/// </summary>
internal static class Snapshots
{
    /// <summary>Compares <paramref name="output"/> with the snapshot called <paramref name="name"/>.</summary>
    public static void Match(string output, string name) =>
        Snapshot.Match(output, new SnapshotFullName(name + ".snap", RepositoryRoot.TestProject));
}
