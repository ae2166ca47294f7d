using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EditorialLint.Cli.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>The server as <c>serve</c> builds it, in memory (the ASP.NET Core test server), with its log captured.</summary>
internal sealed class HookServer : IAsyncDisposable
{
    private HookServer(WebApplication app, CapturedLog log, LiveRuleSet rules)
    {
        App = app;
        Log = log;
        Rules = rules;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public CapturedLog Log { get; }

    public LiveRuleSet Rules { get; }

    public static async Task<HookServer> StartAsync(ServeOptions? options = null, LiveRuleSet? rules = null)
    {
        options ??= new ServeOptions();
        rules ??= ShippedRules.Instance;
        var log = new CapturedLog();
        var app = ServeApp.Build(options, rules, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(log);
        });
        await app.StartAsync();
        return new HookServer(app, log, rules);
    }

    /// <summary>A JSON body with the given text, sent as <c>application/json</c>.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Serialises <paramref name="request"/> as the CMS would send it.</summary>
    public static StringContent Json(object request) => Json(JsonSerializer.Serialize(request));

    public Task<HttpResponseMessage> LintAsync(object request) => Client.PostAsync("/v1/lint", Json(request));

    /// <summary>Posts and reads a <c>200</c> answer.</summary>
    public async Task<JsonElement> LintOkAsync(object request)
    {
        using var response = await LintAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts the response is a problem document with <paramref name="status"/> and returns its detail.</summary>
    public static async Task<string> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail!;
    }

    public static MediaTypeHeaderValue MediaType(string value) => MediaTypeHeaderValue.Parse(value);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
