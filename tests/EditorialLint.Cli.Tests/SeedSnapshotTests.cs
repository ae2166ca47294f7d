using EditorialLint.Cli.Tests.Running;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// The full output of the tool on each real damaged seed article, in both formats, as committed
/// snapshots: a change to any rule's reach, span or wording shows up here for review.
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed class SeedSnapshotTests
{
    /// <summary>The five seed articles in <c>fixtures/articles</c>.</summary>
    public static TheoryData<string> Seeds => new()
    {
        "000_8c5fd58bb32f66f7",
        "001_1bb36e0203976b30",
        "002_9de88986998bcfe5",
        "003_d3e3b4f35b7993ac",
        "004_c5adca8c7930ebcf",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lint_SeedAsText_MatchesSnapshot(string seed)
    {
        var result = Tool.Run("lint", $"fixtures/articles/{seed}.txt", "--format", "text");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);
        Snapshots.Match(result.Stdout, $"{nameof(SeedSnapshotTests)}.Text_{seed}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lint_SeedAsJson_MatchesSnapshot(string seed)
    {
        var result = Tool.Run("lint", $"fixtures/articles/{seed}.txt", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Snapshots.Match(result.Stdout, $"{nameof(SeedSnapshotTests)}.Json_{seed}");
    }

    [Fact]
    public void RulesList_ShippedRules_MatchesSnapshot()
    {
        var result = Tool.Run("rules", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Snapshots.Match(result.Stdout, $"{nameof(SeedSnapshotTests)}.RulesList");
    }
}
