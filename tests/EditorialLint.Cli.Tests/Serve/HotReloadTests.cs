using System.Text.Json;
using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>
/// Rule files given with <c>--rules</c> are watched: a change is compiled in the background and swapped
/// in; a change that does not compile leaves the old rules serving and is reported with its place.
/// </summary>
public sealed class HotReloadTests
{
    // A bound on waiting for the file watcher, not a measurement: a reload normally lands in well under a second.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SavingARuleFile_NewRulesServeTheNextRequest()
    {
        using var folder = new ScratchFolder();
        folder.Save("house.rules.yaml", TestPacks.Term("HOUSE001", "zorblax"));
        var (server, _) = await StartAsync(folder);
        await using var __ = server;
        Assert.Equal(1, await CountAsync(server, "The zorblax met."));

        await SaveAndWaitAsync(server, folder, "house.rules.yaml", TestPacks.Term("HOUSE001", "quuxify"));

        Assert.Equal(2, server.Rules.Current.Generation);
        Assert.Null(server.Rules.LastFailure);
        Assert.Equal(0, await CountAsync(server, "The zorblax met."));
        Assert.Equal(1, await CountAsync(server, "The quuxify met."));
        Assert.Contains(server.Log.Of("RuleFileWatcher"), e => e.EventId == 11 && (int)e.Values["Generation"]! == 2);
    }

    [Fact]
    public async Task AddingARuleFile_ItsRulesJoinTheSet()
    {
        using var folder = new ScratchFolder();
        folder.Save("house.rules.yaml", TestPacks.Term("HOUSE001", "zorblax"));
        var (server, _) = await StartAsync(folder);
        await using var __ = server;

        await SaveAndWaitAsync(server, folder, "more.rules.yaml", TestPacks.Term("HOUSE003", "quuxify"));

        Assert.Equal(1, await CountAsync(server, "The zorblax met."));
        Assert.Equal(1, await CountAsync(server, "The quuxify met."));
        using var rules = await server.Client.GetAsync("/v1/rules");
        Assert.Equal(2, JsonDocument.Parse(await rules.Content.ReadAsStringAsync()).RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task SavingABrokenRuleFile_OldRulesKeepServing_HealthAndLogNameThePlace()
    {
        using var folder = new ScratchFolder();
        folder.Save("house.rules.yaml", TestPacks.Term("HOUSE001", "zorblax"));
        var (server, _) = await StartAsync(folder);
        await using var __ = server;

        await SaveAndWaitAsync(server, folder, "house.rules.yaml", TestPacks.Broken);

        Assert.Equal(1, server.Rules.Current.Generation);
        Assert.Equal(1, await CountAsync(server, "The zorblax met."));
        using var response = await server.Client.GetAsync("/healthz");
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        var error = health.GetProperty("reloadError");
        Assert.EndsWith("house.rules.yaml", error.GetProperty("file").GetString(), StringComparison.Ordinal);
        var place = $"house.rules.yaml:{error.GetProperty("line").GetInt32()}:{error.GetProperty("column").GetInt32()}: ";
        Assert.Contains(place, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("colour", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var logged = Assert.Single(server.Log.Of("RuleFileWatcher"), e => e.EventId == 12);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, logged.Level);
        Assert.Contains(place, logged.Message, StringComparison.Ordinal);

        await SaveAndWaitAsync(server, folder, "house.rules.yaml", TestPacks.Term("HOUSE001", "quuxify"));

        Assert.Equal(2, server.Rules.Current.Generation);
        Assert.Null(server.Rules.LastFailure);
        Assert.Equal(1, await CountAsync(server, "The quuxify met."));
    }

    [Fact]
    public async Task RuleThatFailsItsOwnExample_IsRefusedLikeASyntaxError()
    {
        using var folder = new ScratchFolder();
        folder.Save("house.rules.yaml", TestPacks.Term("HOUSE001", "zorblax"));
        var (server, _) = await StartAsync(folder);
        await using var __ = server;
        // "here" is in the bad text, but the rule reports "quuxify", so the example fails when run.
        var lying = TestPacks.Term("HOUSE001", "quuxify").Replace("expect: [\"quuxify\"]", "expect: [\"here\"]", StringComparison.Ordinal);

        await SaveAndWaitAsync(server, folder, "house.rules.yaml", lying);

        Assert.Equal(1, server.Rules.Current.Generation);
        Assert.Contains("fails its own example", server.Rules.LastFailure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchingOneFile_ReloadsWhenThatFileChanges()
    {
        using var folder = new ScratchFolder();
        var file = folder.Save("house.rules.yaml", TestPacks.Term("HOUSE001", "zorblax"));
        var options = new ServeOptions { NoDefaultRules = true, RulePaths = [file], ReloadDelay = TimeSpan.FromMilliseconds(50) };
        await using var server = await HookServer.StartAsync(options, LiveRuleSet.Load(options));

        await SaveAndWaitAsync(server, folder, "house.rules.yaml", TestPacks.Term("HOUSE001", "quuxify"));

        Assert.Equal(1, await CountAsync(server, "The quuxify met."));
    }

    private static async Task<(HookServer Server, ServeOptions Options)> StartAsync(ScratchFolder folder)
    {
        var options = new ServeOptions { NoDefaultRules = true, RulePaths = [folder.Path], ReloadDelay = TimeSpan.FromMilliseconds(50) };
        return (await HookServer.StartAsync(options, LiveRuleSet.Load(options)), options);
    }

    private static async Task SaveAndWaitAsync(HookServer server, ScratchFolder folder, string name, string text)
    {
        var attempts = server.Rules.Attempts;
        folder.Save(name, text);
        using var patience = new CancellationTokenSource(Patience);
        await server.Rules.WaitForAttemptAsync(attempts + 1, patience.Token);
    }

    private static async Task<int> CountAsync(HookServer server, string body)
    {
        var answer = await server.LintOkAsync(new { body });
        return answer.GetProperty("diagnostics").GetArrayLength();
    }
}
