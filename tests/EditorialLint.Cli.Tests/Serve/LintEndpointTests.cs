using System.Net;
using System.Text;
using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary><c>POST /v1/lint</c>: every answer it gives, and what each refusal says.</summary>
public sealed class LintEndpointTests
{
    private const string Misspelled = "White House Press Secretary Jane Psaki said the talks would go on.";

    [Fact]
    public async Task Post_CleanArticle_Returns200Pass()
    {
        await using var server = await HookServer.StartAsync();

        var answer = await server.LintOkAsync(new { id = "story-1", body = "The council met on Tuesday and agreed the budget." });

        Assert.Equal("story-1", answer.GetProperty("id").GetString());
        Assert.Equal("pass", answer.GetProperty("verdict").GetString());
        Assert.Equal(0, answer.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Post_MisspelledOfficial_Returns200BlockWithFix()
    {
        await using var server = await HookServer.StartAsync();

        var answer = await server.LintOkAsync(new { id = "story-2", body = Misspelled });

        Assert.Equal("block", answer.GetProperty("verdict").GetString());
        var psaki = answer.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "EDL0101");
        Assert.Equal("Jane Psaki", psaki.GetProperty("text").GetString());
        Assert.Equal(Misspelled.IndexOf("Jane Psaki", StringComparison.Ordinal), psaki.GetProperty("offset").GetInt32());
        Assert.Equal("Jen Psaki", psaki.GetProperty("fixes")[0].GetProperty("replacement").GetString());
    }

    [Fact]
    public async Task Post_OnlyWarnings_Returns200Pass()
    {
        await using var server = await HookServer.StartAsync();

        var answer = await server.LintOkAsync(new { body = Checkout.Seed("003").Replace("Jane Psaki", "Jen Psaki", StringComparison.Ordinal).Split("\n\n")[2] });

        Assert.All(answer.GetProperty("diagnostics").EnumerateArray(), d => Assert.NotEqual("error", d.GetProperty("severity").GetString()));
        Assert.Equal("pass", answer.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400WithLineAndColumn()
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/lint", HookServer.Json("{\"id\": \"s\",\n \"body\": \"text\",,}"));

        var detail = await HookServer.AssertProblemAsync(response, 400);
        Assert.StartsWith("request:2:", detail, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoBody_Returns400SayingBodyIsMissing()
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.LintAsync(new { id = "story-3", headline = "A headline alone" });

        var detail = await HookServer.AssertProblemAsync(response, 400);
        Assert.Contains("\"body\"", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"body\": 42}", "\"body\" must be a string")]
    [InlineData("[\"body\"]", "expected a JSON object")]
    [InlineData("{\"body\": \"x\", \"format\": \"docx\"}", "\"format\" must be")]
    [InlineData("", "empty input")]
    public async Task Post_NotAnArticle_Returns400SayingWhy(string json, string expected)
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/lint", HookServer.Json(json));

        var detail = await HookServer.AssertProblemAsync(response, 400);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DeclaredLengthOverLimit_Returns413()
    {
        await using var server = await HookServer.StartAsync(new ServeOptions { MaxRequestBytes = 1024 });
        var body = new string('x', 2000);

        using var response = await server.LintAsync(new { body });

        var detail = await HookServer.AssertProblemAsync(response, 413);
        Assert.Contains("1024 bytes (1 KiB)", detail, StringComparison.Ordinal);
        Assert.Contains("--max-request-size", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_StreamedBodyOverLimit_Returns413()
    {
        await using var server = await HookServer.StartAsync(new ServeOptions { MaxRequestBytes = 1024 });
        var content = new StalledContent("{\"body\": \"" + new string('x', 1500), "\"}");
        content.Headers.ContentType = HookServer.MediaType("application/json");
        content.Release();

        using var response = await server.Client.PostAsync("/v1/lint", content);

        await HookServer.AssertProblemAsync(response, 413);
    }

    [Fact]
    public async Task Post_DefaultLimit_AcceptsTwoMebibytesLessABit()
    {
        await using var server = await HookServer.StartAsync(rules: SmallRules.Instance);
        var body = string.Concat(Enumerable.Repeat("The council met and agreed the budget. ", 60_000))[..(2 * 1024 * 1024 - 100)];

        using var response = await server.LintAsync(new { body });
        using var over = await server.LintAsync(new { body = body + new string('x', 200) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await HookServer.AssertProblemAsync(over, 413);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task Post_NotJson_Returns415(string contentType)
    {
        await using var server = await HookServer.StartAsync();
        using var content = new StringContent("{\"body\": \"x\"}", Encoding.UTF8);
        content.Headers.ContentType = HookServer.MediaType(contentType);

        using var response = await server.Client.PostAsync("/v1/lint", content);

        var detail = await HookServer.AssertProblemAsync(response, 415);
        Assert.Contains(contentType, detail, StringComparison.Ordinal);
        Assert.Contains("application/json", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoContentType_Returns415()
    {
        await using var server = await HookServer.StartAsync();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"body\": \"x\"}"));

        using var response = await server.Client.PostAsync("/v1/lint", content);

        var detail = await HookServer.AssertProblemAsync(response, 415);
        Assert.Contains("no Content-Type", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.cms.article+json")]
    public async Task Post_JsonMediaTypes_AreAccepted(string contentType)
    {
        await using var server = await HookServer.StartAsync();
        using var content = new StringContent("{\"body\": \"The council met.\"}", Encoding.UTF8);
        content.Headers.ContentType = HookServer.MediaType(contentType);

        using var response = await server.Client.PostAsync("/v1/lint", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyThatNeverFinishes_Returns408AtTheTimeLimit()
    {
        await using var server = await HookServer.StartAsync(new ServeOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        var content = new StalledContent("{\"body\": \"The council", " met.\"}");
        content.Headers.ContentType = HookServer.MediaType("application/json");

        using var response = await server.Client.PostAsync("/v1/lint", content);
        content.Release();

        var detail = await HookServer.AssertProblemAsync(response, 408);
        Assert.Contains("300 ms", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CheckPastTheTimeLimit_Returns503AndKeepsServing()
    {
        using var folder = new ScratchFolder();
        // Two patterns that each run to the two-second pattern limit: far past the 1.5 s request limit.
        folder.Save("slow.rules.yaml", TestPacks.Slow(2));
        var options = new ServeOptions { RulePaths = [folder.Path], NoDefaultRules = true, RequestTimeout = TimeSpan.FromSeconds(1.5) };
        await using var server = await HookServer.StartAsync(options, LiveRuleSet.Load(options));

        using var response = await server.LintAsync(new { id = "slow", body = TestPacks.SlowArticle });
        var after = await server.LintOkAsync(new { id = "quick", body = "Nothing here." });

        var detail = await HookServer.AssertProblemAsync(response, 503);
        Assert.Contains("--request-timeout", detail, StringComparison.Ordinal);
        Assert.Equal("pass", after.GetProperty("verdict").GetString());
        Assert.Contains(server.Log.Of("LintEndpoint"), e => e.EventId == 20);
    }

    [Fact]
    public async Task Get_LintPath_Returns405()
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.GetAsync("/v1/lint");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownPath_Returns404Problem()
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.GetAsync("/v2/lint");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_ManyArticlesAtOnce_EachGetsItsOwnAnswer()
    {
        await using var server = await HookServer.StartAsync();
        var seeds = new[] { "000", "001", "002", "003", "004" };
        var alone = new Dictionary<string, string>();
        foreach (var seed in seeds)
            alone[seed] = (await server.LintOkAsync(new { id = seed, body = Checkout.Seed(seed) })).GetProperty("diagnostics").GetRawText();

        var together = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var seed = seeds[i % seeds.Length];
            var answer = await server.LintOkAsync(new { id = seed, body = Checkout.Seed(seed) });
            return (seed, answer);
        }));

        Assert.All(together, t =>
        {
            Assert.Equal(t.seed, t.answer.GetProperty("id").GetString());
            Assert.Equal(alone[t.seed], t.answer.GetProperty("diagnostics").GetRawText());
        });
    }

    [Fact]
    public async Task Post_EachRequest_LogsOneLineWithIdSizeTimeAndVerdict()
    {
        await using var server = await HookServer.StartAsync();
        using var blocked = await server.Client.PostAsync("/v1/lint", HookServer.Json("{\"id\": \"story-9\", \"body\": \"" + Misspelled + "\"}"));
        using var refused = await server.Client.PostAsync("/v1/lint", new StringContent("plain"));

        var lines = server.Log.Of("RequestLog");

        Assert.Equal(2, lines.Count);
        var first = lines[0].Values;
        Assert.Equal("story-9", first["ArticleId"]);
        Assert.Equal((long)blocked.RequestMessage!.Content!.Headers.ContentLength!, first["Bytes"]);
        Assert.Equal("block", first["Verdict"]);
        Assert.Equal(200, first["Status"]);
        Assert.IsType<double>(first["ElapsedMs"]);
        Assert.False(string.IsNullOrEmpty((string?)first["RequestId"]));
        Assert.Equal("refused", lines[1].Values["Verdict"]);
        Assert.Equal(415, lines[1].Values["Status"]);
    }
}
