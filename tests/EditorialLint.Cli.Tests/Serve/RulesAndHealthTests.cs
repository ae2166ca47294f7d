using System.Net;
using System.Text.Json;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary><c>GET /healthz</c> and <c>GET /v1/rules</c> over the shipped rules.</summary>
public sealed class RulesAndHealthTests
{
    [Fact]
    public async Task GetHealthz_RulesLoaded_Returns200Ok()
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.GetAsync("/healthz");
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(1, health.GetProperty("generation").GetInt32());
        Assert.Equal(server.Rules.Current.Rules.Descriptors.Count, health.GetProperty("rules").GetInt32());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("reloadError").ValueKind);
    }

    [Fact]
    public async Task GetRules_ListsEveryLoadedRuleById()
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.GetAsync("/v1/rules");
        var listing = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var rules = listing.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(listing.GetProperty("count").GetInt32(), rules.Count);
        Assert.Equal(server.Rules.Current.Rules.Descriptors.Keys.Order(StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()));
        var psaki = rules.Single(r => r.GetProperty("id").GetString() == "EDL0101");
        Assert.Equal("official-name", psaki.GetProperty("category").GetString());
        Assert.Equal("error", psaki.GetProperty("severity").GetString());
        Assert.Equal("rules/officials.rules.yaml", psaki.GetProperty("source").GetString());
        Assert.All(rules, r =>
        {
            Assert.Contains(r.GetProperty("category").GetString(), Categories.All);
            Assert.Contains(r.GetProperty("severity").GetString(), SeverityNames.All);
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("title").GetString()));
        });
    }

    [Fact]
    public async Task PostRules_IsNotAllowed_RulesNeverComeFromARequest()
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/rules", HookServer.Json("{\"rules\": []}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
