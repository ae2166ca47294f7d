using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EditorialLint.Cli.Serve;
using EditorialLint.Cli.Tests.Running;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// The pre-publish hook under abuse: malformed and oversized bodies, slow clients, many requests at
/// once, rules reloaded while requests run, a catastrophic pattern. Never a 5xx, and never one
/// request's diagnostics in another's answer (each request carries its own marker).
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed class ServerReliabilityTests : IDisposable
{
    /// <summary>MARK001 reports each marker (zorb, digits, x) as an error, so an answer shows whose article it checked.</summary>
    private const string MarkerPack = """
        pack: markers
        rules:
          - id: MARK001
            title: Request marker
            category: style
            severity: SEVERITY
            kind: existence
            message: "'{match}' is a marker"
            ignore-case: false
            patterns: ['zorb[0-9]+x']
            examples:
              - bad: "The zorb12x is here."
                expect: ["zorb12x"]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("editorial-lint-serve-reliability-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder must not fail the test.
        }
    }

    public static Arbitrary<byte[]> Bodies() => Arb.From(Gen.OneOf(
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
        from keep in Gen.Choose(0, 60)
        from noise in Gen.ArrayOf(Gen.Elements("{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "null", "1e999", "\u0000", "body", "format", "html", "\uFEFF"))
        let valid = "{\"id\": \"x\", \"format\": \"markdown\", \"headline\": \"The zorb1x\", \"body\": \"Jane Psaki *said* \\u2019.\"}"
        select Encoding.UTF8.GetBytes(valid[..Math.Min(keep, valid.Length)] + string.Concat(noise) + valid[Math.Min(keep, valid.Length)..])));

    [Property(MaxTest = 200, Arbitrary = [typeof(ServerReliabilityTests)])]
    public void Post_AnyBody_IsAnsweredWith200Or4xxNeverA5xx(byte[] body)
    {
        var server = Servers.Value;
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = server.Client.PostAsync("/v1/lint", content).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

        var status = (int)response.StatusCode;
        Assert.True(status == 200 || status is 400 or 413, $"{status}: {text}\nbody: {Convert.ToBase64String(body)}");
        using var answer = JsonDocument.Parse(text);
        if (status != 200) Assert.False(string.IsNullOrWhiteSpace(answer.RootElement.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"body\": 1}")]
    [InlineData("{\"body\": \"x\", \"format\": \"pdf\"}")]
    [InlineData("{\"body\": \"\\ud800 Jane Psaki \\udfff\"}")]
    [InlineData("{\"body\": \"He said it was \\ud800...\"}")]
    [InlineData("{\"body\": \"He said it was \\udfff...\"}")]
    [InlineData("{\"headline\": \"Wait \\ud83d\\ude00...\", \"body\": \"Then \\ud83d\\ude00 Jane Psaki said...\", \"format\": \"markdown\"}")]
    [InlineData("{\"body\": \"\\u0000<script>\\u0000</script>&#9999999;\", \"format\": \"html\"}")]
    [InlineData("{\"body\": \"x\", \"body\": \"y\", \"id\": {\"nested\": true}}")]
    [InlineData("{\"id\": \"story\\ud800x\", \"body\": \"Jane Psaki *said* \\u2019.\", \"format\": \"markdown\"}")]
    public async Task Post_MalformedOrStrangeBody_IsAnsweredWith200Or400AndEachTextIsItsSlice(string json)
    {
        using var response = await Servers.Value.Client.PostAsync("/v1/lint", new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        using var answer = JsonDocument.Parse(text);
        if (response.StatusCode != HttpStatusCode.OK) return;

        // Each diagnostic's text is exactly the slice of its field's value that its offsets name.
        using var request = JsonDocument.Parse(json);
        foreach (var d in answer.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var value = request.RootElement.EnumerateObject().Last(p => p.Name == d.GetProperty("field").GetString()).Value.GetString()!;
            var (offset, length) = (d.GetProperty("offset").GetInt32(), d.GetProperty("length").GetInt32());
            Assert.True(offset >= 0 && offset + length <= value.Length, $"{offset}+{length} outside a field of {value.Length}: {text}");
            Assert.Equal(Escape(value.Substring(offset, length)), Escape(d.GetProperty("text").GetString()!));
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x7F && c >= 0x20 ? c.ToString() : $"\\u{(int)c:X4}"));

    [Fact]
    public async Task Post_DeeplyNestedJson_IsRefusedWith400()
    {
        var json = "{\"body\": \"x\", \"deep\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        using var response = await Servers.Value.Client.PostAsync("/v1/lint", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Post_ManyRequestsAtOnceWhileRulesReload_EachAnswerHoldsOnlyItsOwnMarker()
    {
        var pack = Path.Combine(_folder, "markers.rules.yaml");
        await File.WriteAllTextAsync(pack, MarkerPack.Replace("SEVERITY", "error", StringComparison.Ordinal));
        var rules = LiveRuleSet.Load(new ServeOptions { NoDefaultRules = true, RulePaths = [pack] });
        await using var app = await StartAsync(new ServeOptions(), rules, inMemory: true);
        using var client = app.GetTestClient();

        using var stop = new CancellationTokenSource();
        var versions = new[] { "error", "warning", "broken" };
        var reloads = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested && i < 10_000; i++)
            {
                var severity = versions[i % versions.Length];
                File.WriteAllText(pack, severity == "broken" ? "rules: [" : MarkerPack.Replace("SEVERITY", severity, StringComparison.Ordinal));
                rules.Reload();
            }
        });

        var failures = new ConcurrentBag<string>();
        async Task Post(int n)
        {
            var marker = $"zorb{n}x";
            var request = JsonSerializer.Serialize(new { id = $"req-{n}", headline = $"Story {n}", body = $"Lead {n}. The {marker} is here, not {n}." });
            using var response = await client.PostAsync("/v1/lint", new StringContent(request, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"req-{n}: {(int)response.StatusCode} {text}");
                return;
            }

            var answer = JsonDocument.Parse(text).RootElement;
            if (answer.GetProperty("id").GetString() != $"req-{n}") failures.Add($"req-{n} answered as {answer.GetProperty("id")}");
            var diagnostics = answer.GetProperty("diagnostics").EnumerateArray().ToList();
            if (diagnostics.Count != 1 || diagnostics[0].GetProperty("text").GetString() != marker)
                failures.Add($"req-{n} got {text}");
        }

        // On a busy machine the reloading thread may start late: requests begin once it has, and
        // go on past the 400 until it has reloaded a few times among them.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await rules.WaitForAttemptAsync(1, patience.Token);
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (n, _) => await Post(n));
        for (var n = 400; rules.Attempts <= 3 && !patience.IsCancellationRequested; n++) await Post(n);
        await stop.CancelAsync();
        await reloads;

        Assert.Empty(failures);
        Assert.True(rules.Attempts > 3, $"only {rules.Attempts} reloads ran during the requests");
    }

    [Fact]
    public async Task Post_WhileSlowClientsHoldConnections_OthersAreStillAnswered()
    {
        await using var app = await StartAsync(new ServeOptions { Urls = "http://127.0.0.1:0", RequestTimeout = TimeSpan.FromSeconds(30) }, ShippedRules(), inMemory: false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        // Forty clients that send headers and then one byte of the body at a time, slowly.
        var slow = new List<TcpClient>();
        for (var i = 0; i < 40; i++)
        {
            var tcp = new TcpClient();
            await tcp.ConnectAsync(address.Host, address.Port);
            var head = $"POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"body\": \"";
            await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
            slow.Add(tcp);
        }

        try
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            for (var n = 0; n < 10; n++)
            {
                foreach (var tcp in slow) await tcp.GetStream().WriteAsync("a"u8.ToArray());
                using var response = await client.PostAsync("/v1/lint", new StringContent(
                    JsonSerializer.Serialize(new { id = $"fast-{n}", body = "White House Press Secretary Jane Psaki said." }), Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
                Assert.Equal($"fast-{n}", JsonDocument.Parse(text).RootElement.GetProperty("id").GetString());
            }
        }
        finally
        {
            foreach (var tcp in slow) tcp.Dispose();
        }
    }

    [Fact]
    public async Task Post_CatastrophicPattern_AnsweredWithinTheRequestLimitWithTheOtherRulesResults()
    {
        var pack = Path.Combine(_folder, "slow.rules.yaml");
        await File.WriteAllTextAsync(pack, RegexTimeoutTests.SlowPack);
        var rules = LiveRuleSet.Load(new ServeOptions { RulePaths = [pack] });
        await using var app = await StartAsync(new ServeOptions(), rules, inMemory: true);
        using var client = app.GetTestClient();
        var body = "White House Press Secretary Jane Psaki said.\n" + new string('a', 48) + "!";

        using var response = await client.PostAsync("/v1/lint", new StringContent(JsonSerializer.Serialize(new { id = "slow", body }), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var answer = JsonDocument.Parse(text).RootElement;
        Assert.Equal("block", answer.GetProperty("verdict").GetString());
        Assert.Contains(answer.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("text").GetString() == "Jane Psaki");
        AssertSkipped(answer, "slow", "SLOW001");
    }

    /// <summary>
    /// Sixty matches that each backtrack for a few tenths of a second (each under the pattern limit)
    /// would add up past the 10 s request limit; the limit is the rule's on the whole article, so
    /// the hook answers 200 well within the request limit, with the verdict of the rules that ran
    /// (none here) and the skipped rule named in the answer.
    /// </summary>
    [Fact]
    public async Task Post_ManySlowMatches_Answered200WithTheSkippedRuleNamed()
    {
        var pack = Path.Combine(_folder, "slow.rules.yaml");
        await File.WriteAllTextAsync(pack, RegexTimeoutTests.SlowPack.Replace("(?=a)(a+)+$", "(?=a)(a|aa)+b", StringComparison.Ordinal));
        var rules = LiveRuleSet.Load(new ServeOptions { NoDefaultRules = true, RulePaths = [pack] });
        await using var app = await StartAsync(new ServeOptions(), rules, inMemory: true);
        using var client = app.GetTestClient();
        var segment = SlowSegment("(?=a)(a|aa)+b");
        var body = string.Concat(Enumerable.Repeat(segment + "\n", 60));

        using var response = await client.PostAsync("/v1/lint", new StringContent(JsonSerializer.Serialize(new { id = "slow", body }), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var answer = JsonDocument.Parse(text).RootElement;
        Assert.Equal("slow", answer.GetProperty("id").GetString());
        Assert.Equal("pass", answer.GetProperty("verdict").GetString());
        Assert.Empty(answer.GetProperty("diagnostics").EnumerateArray());
        AssertSkipped(answer, "slow", "SLOW001");
    }

    /// <summary>The answer names the one rule that was skipped, and its detail says which rule on which article.</summary>
    private static void AssertSkipped(JsonElement answer, string articleId, string ruleId)
    {
        var skipped = Assert.Single(answer.GetProperty("skipped").EnumerateArray());
        Assert.Equal(ruleId, skipped.GetProperty("ruleId").GetString());
        Assert.StartsWith($"article {articleId}: rule {ruleId} ran past its time limit and was skipped;", skipped.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A run of 'a' that fails, then 'ab' that matches, sized so one match costs at least 0.2 s here
    /// on the interpreter, and then six 'a' longer (each one more multiplies the backtracking by about
    /// 1.6): the pattern goes on to code compiled to IL, several times faster, and sixty matches must
    /// still add up past the rule's limit when the machine runs twice as fast as it did while this
    /// measured (other work on a two-core machine slows such a measurement that much). Should one
    /// match alone run past the limit, the answer is the same.
    /// </summary>
    private static string SlowSegment(string pattern)
    {
        var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        for (var n = 16; n < 60; n++)
        {
            var segment = new string('a', n) + "c ab";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            regex.Match(segment);
            if (clock.Elapsed > TimeSpan.FromMilliseconds(200)) return new string('a', n + 6) + "c ab";
        }

        throw new InvalidOperationException("the pattern never got slow");
    }

    private static readonly Lazy<InMemoryServer> Servers = new(() => new InMemoryServer(ShippedRules()));

    private static LiveRuleSet ShippedRules() => LiveRuleSet.Load(new ServeOptions());

    private static async Task<WebApplication> StartAsync(ServeOptions options, LiveRuleSet rules, bool inMemory)
    {
        var app = ServeApp.Build(options, rules, builder =>
        {
            if (inMemory) builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>One in-memory server over the shipped rules, shared by the many small requests of the property.</summary>
    private sealed class InMemoryServer
    {
        public InMemoryServer(LiveRuleSet rules)
        {
            var app = StartAsync(new ServeOptions(), rules, inMemory: true).GetAwaiter().GetResult();
            Client = app.GetTestClient();
        }

        public HttpClient Client { get; }
    }
}
