using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EditorialLint.Cli.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>The server on a real loopback socket: what only Kestrel does, the size limit on the wire and a graceful stop.</summary>
public sealed class KestrelServerTests
{
    [Fact]
    public async Task Stop_WithARequestInFlight_FinishesItBeforeStopping()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(new ServeOptions { Urls = "http://127.0.0.1:0" }, builder =>
            builder.Services.AddSingleton<IStartupFilter>(new ArrivalSignal(arrived)));
        using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };
        var content = new StalledContent("{\"id\": \"in-flight\", \"body\": \"White House Press Secretary Jane", " Psaki said.\"}");
        content.Headers.ContentType = HookServer.MediaType("application/json");

        var sending = client.PostAsync("/v1/lint", content);
        await arrived.Task;
        var stopping = app.StopAsync();
        content.Release();
        using var response = await sending;
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("in-flight", answer.GetProperty("id").GetString());
        Assert.Equal("block", answer.GetProperty("verdict").GetString());
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/healthz"));
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_Returns413Problem()
    {
        await using var app = await StartAsync(new ServeOptions { Urls = "http://127.0.0.1:0", MaxRequestBytes = 4096 });
        using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };
        var content = new StalledContent("{\"body\": \"" + new string('x', 10_000), "\"}");
        content.Headers.ContentType = HookServer.MediaType("application/json");
        content.Release();

        using var response = await client.PostAsync("/v1/lint", content);

        await HookServer.AssertProblemAsync(response, 413);
    }

    [Fact]
    public async Task Post_DeclaredLengthOverLimit_Returns413Problem()
    {
        await using var app = await StartAsync(new ServeOptions { Urls = "http://127.0.0.1:0", MaxRequestBytes = 4096 });
        using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };

        using var response = await client.PostAsync("/v1/lint", new StringContent("{\"body\": \"" + new string('x', 10_000) + "\"}", Encoding.UTF8, "application/json"));

        await HookServer.AssertProblemAsync(response, 413);
    }

    [Theory]
    [InlineData(true, 4096, HttpStatusCode.OK)]
    [InlineData(false, 4000, HttpStatusCode.OK)]
    [InlineData(false, 4097, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Post_BodyNearTheLimit_IsReadWithOrWithoutALength(bool declared, int bytes, HttpStatusCode expected)
    {
        await using var app = await StartAsync(new ServeOptions { Urls = "http://127.0.0.1:0", MaxRequestBytes = 4096 });
        using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };
        var json = "{\"id\": \"edge\", \"body\": \"" + new string('x', bytes - 26) + "\"}";
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(json));
        using HttpContent content = declared
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new StalledContent(json[..100], json[100..]) { Headers = { ContentType = HookServer.MediaType("application/json") } };
        (content as StalledContent)?.Release();

        using var response = await client.PostAsync("/v1/lint", content);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOfManyReads_IsReadWhole()
    {
        await using var app = await StartAsync(new ServeOptions { Urls = "http://127.0.0.1:0" });
        using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };
        var text = string.Concat(Enumerable.Repeat("The council met and agreed the budget. ", 1500)) + "Press Secretary Jane Psaki said.";
        var json = JsonSerializer.Serialize(new { id = "long", body = text });
        var content = new StalledContent(json[..20_000], json[20_000..]);
        content.Headers.ContentType = HookServer.MediaType("application/json");
        content.Release();

        using var response = await client.PostAsync("/v1/lint", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var psaki = answer.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "EDL0101");
        Assert.Equal(text.IndexOf("Jane Psaki", StringComparison.Ordinal), psaki.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Post_LengthAndChunkedEncodingBoth_ReadsTheChunkedBody()
    {
        await using var app = await StartAsync(new ServeOptions { Urls = "http://127.0.0.1:0" });
        var address = new Uri(Address(app));
        var body = "{\"id\": \"both\", \"body\": \"Press Secretary Jane Psaki said.\"}";
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        var request = "POST /v1/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5\r\n" +
            $"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n{body.Length:x}\r\n{body}\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var answer = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200 OK", answer, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"both\"", answer, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Jane Psaki\"", answer, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartAsync(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var app = ServeApp.Build(options, ShippedRules.Instance, builder =>
        {
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Tells the test the moment the server has begun a lint request, before its body is read.</summary>
    private sealed class ArrivalSignal(TaskCompletionSource arrived) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                if (context.Request.Path == "/v1/lint") arrived.TrySetResult();
                return following(context);
            });
            next(app);
        };
    }
}
