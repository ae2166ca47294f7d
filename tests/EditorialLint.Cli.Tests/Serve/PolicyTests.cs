using System.Text.Json;
using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>The hook's answers go through the policy stage: suppressions in the article, and the server's <c>--config</c>.</summary>
public sealed class PolicyTests
{
    private const string Misspelled = "White House Press Secretary Jane Psaki said the talks would go on.";

    private static IEnumerable<JsonElement> Rule(JsonElement answer, string id) =>
        answer.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("ruleId").GetString() == id);

    [Fact]
    public async Task Post_SuppressionsField_SilencesThoseRules()
    {
        await using var server = await HookServer.StartAsync();

        var answer = await server.LintOkAsync(new { id = "s", body = Misspelled, suppressions = new[] { "EDL0101" } });

        Assert.Empty(Rule(answer, "EDL0101"));
        Assert.Equal("pass", answer.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Post_InlineDisableMarkers_SilenceOnlyTheTextBetweenThem()
    {
        await using var server = await HookServer.StartAsync();
        var body = "<!-- editorial-lint-disable EDL0101 -->\n\n" + Misspelled + "\n\n<!-- editorial-lint-enable EDL0101 -->\n\n" + Misspelled;

        var answer = await server.LintOkAsync(new { body, format = "markdown" });

        var left = Assert.Single(Rule(answer, "EDL0101"));
        Assert.Equal(body.LastIndexOf("Jane Psaki", StringComparison.Ordinal), left.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Post_DisableNextLineInATextBody_SilencesTheBodysNextLine()
    {
        await using var server = await HookServer.StartAsync();
        var body = Misspelled + "\neditorial-lint-disable-next-line EDL0101\n" + Misspelled + "\n" + Misspelled;

        var answer = await server.LintOkAsync(new { body });

        var lines = Rule(answer, "EDL0101").Select(d => d.GetProperty("line").GetInt32()).ToList();
        Assert.Equal([1, 4], lines);
        Assert.Empty(Rule(answer, "EDL0001"));
    }

    [Fact]
    public async Task Post_SuppressionThatSilencesNothing_IsReportedInItsField()
    {
        await using var server = await HookServer.StartAsync();
        var body = "The talks went on.\n<!-- editorial-lint-disable-next-line EDL0201 -->\n\n" + Misspelled;

        var answer = await server.LintOkAsync(new { id = "u", body, format = "markdown" });

        var unused = Assert.Single(Rule(answer, "EDL0001"));
        Assert.Equal("body", unused.GetProperty("field").GetString());
        Assert.Equal("<!-- editorial-lint-disable-next-line EDL0201 -->", unused.GetProperty("text").GetString());
        Assert.Equal(body.IndexOf("<!--", StringComparison.Ordinal), unused.GetProperty("offset").GetInt32());
        Assert.Equal((2, 1), (unused.GetProperty("line").GetInt32(), unused.GetProperty("column").GetInt32()));
        Assert.Single(Rule(answer, "EDL0101"));
    }

    [Fact]
    public async Task Config_Severities_ChangeTheVerdict()
    {
        using var folder = new ScratchFolder();
        var config = folder.Save(".editoriallint.yaml", "severity:\n  EDL0101: warning\n  scraper-artifact: none\n");
        var options = new ServeOptions { ConfigPath = config };
        await using var server = await HookServer.StartAsync(options, LiveRuleSet.Load(options));

        var answer = await server.LintOkAsync(new { body = "[ad_1]\n\n" + Misspelled });

        Assert.Equal("warning", Assert.Single(Rule(answer, "EDL0101")).GetProperty("severity").GetString());
        Assert.Empty(Rule(answer, "EDL0201"));
        Assert.Equal("pass", answer.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Config_RulePacks_LoadAndAreWatched()
    {
        using var folder = new ScratchFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "house"));
        folder.Save("house/house.rules.yaml", TestPacks.Term("HOUSE001", "zorblax"));
        var config = folder.Save(".editoriallint.yaml", "rules: [house/]\n");
        var options = new ServeOptions { ConfigPath = config, NoDefaultRules = true, ReloadDelay = TimeSpan.FromMilliseconds(50) };
        var rules = LiveRuleSet.Load(options);
        await using var server = await HookServer.StartAsync(options, rules);

        Assert.Equal([config, Path.Combine(folder.Path, "house")], rules.WatchedPaths.Select(p => p.TrimEnd('/')));
        Assert.Single(Rule(await server.LintOkAsync(new { body = "The zorblax met." }), "HOUSE001"));

        var attempts = rules.Attempts;
        folder.Save("house/house.rules.yaml", TestPacks.Term("HOUSE001", "quuxify"));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await rules.WaitForAttemptAsync(attempts + 1, patience.Token);

        Assert.Single(Rule(await server.LintOkAsync(new { body = "The quuxify met." }), "HOUSE001"));
    }

    [Fact]
    public async Task Config_Edited_ChangesTheAnswersWithoutARestart_AndABadEditKeepsTheLastGoodOne()
    {
        using var folder = new ScratchFolder();
        var config = folder.Save(".editoriallint.yaml", "severity:\n  EDL0101: warning\n");
        var options = new ServeOptions { ConfigPath = config, ReloadDelay = TimeSpan.FromMilliseconds(50) };
        var rules = LiveRuleSet.Load(options);
        await using var server = await HookServer.StartAsync(options, rules);
        Assert.Contains(config, rules.WatchedPaths);
        Assert.Equal("pass", (await server.LintOkAsync(new { body = Misspelled })).GetProperty("verdict").GetString());
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var attempts = rules.Attempts;
        folder.Save(".editoriallint.yaml", "severity:\n  EDL0101: error\n");
        await rules.WaitForAttemptAsync(attempts + 1, patience.Token);

        Assert.Null(rules.LastFailure);
        Assert.Equal("block", (await server.LintOkAsync(new { body = Misspelled })).GetProperty("verdict").GetString());

        attempts = rules.Attempts;
        folder.Save(".editoriallint.yaml", "severity:\n  EDL0101: loud\n");
        await rules.WaitForAttemptAsync(attempts + 1, patience.Token);

        var failure = Assert.IsType<ReloadFailure>(rules.LastFailure);
        Assert.Equal((config, 2), (Path.GetFullPath(failure.File!), failure.Line));
        Assert.Equal("block", (await server.LintOkAsync(new { body = Misspelled })).GetProperty("verdict").GetString());
    }

    [Fact]
    public void Config_WithAnError_StopsTheServerBeforeItListens()
    {
        using var folder = new ScratchFolder();
        var config = folder.Save(".editoriallint.yaml", "severity:\n  EDL0101: loud\n");
        var errors = new StringWriter();

        var code = EntryPoint.Run(["serve", "--config", config, "--urls", "http://127.0.0.1:0"], null, new StringWriter(), errors);

        Assert.Equal(2, code);
        Assert.Matches(@"\.editoriallint\.yaml:2:\d+: .*loud", errors.ToString());
    }
}
