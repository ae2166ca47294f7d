using System.Runtime;
using EditorialLint.Cli.Tests.Formatters;

namespace EditorialLint.Cli.Tests.Running;

/// <summary>
/// <c>lint</c> loads its rules with the collector in batch mode and puts the mode back: runs side by
/// side in one process, and a run whose rules fail to load, leave it as they found it. Alone, after
/// the other tests, since every run in the process shares the mode.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class CollectorModeTests
{
    [Fact]
    public void Lint_RunsSideBySide_LeaveTheCollectorsModeAsFound()
    {
        var before = GCSettings.LatencyMode;

        Parallel.For(0, 8, _ => Assert.Equal(0, Tool.Run("lint", "fixtures/clean/001-nato-ministers-brussels.txt", "--format", "json").ExitCode));

        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void Lint_RulesThatFailToLoad_LeaveTheCollectorsModeAsFound()
    {
        using var temp = new TempFolder();
        var pack = temp.Write("bad.rules.yaml", "pack: bad\nrules:\n  - id: X1\n    kind: nothing\n");
        var before = GCSettings.LatencyMode;

        var result = Tool.Run("lint", "fixtures/clean/001-nato-ministers-brussels.txt", "--rules", pack);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
