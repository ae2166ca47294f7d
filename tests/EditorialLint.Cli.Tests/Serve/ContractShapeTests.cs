using System.Text.Json;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>The hook's JSON as CONTRACT.md shapes it: the names, types and meaning of every field a CMS reads.</summary>
public sealed class ContractShapeTests
{
    private static readonly string[] DiagnosticKeys =
        ["ruleId", "category", "severity", "message", "field", "line", "column", "endLine", "endColumn", "offset", "length", "text", "fixes"];

    [Fact]
    public async Task Post_SeedArticle_AnswerHasTheContractShape()
    {
        await using var server = await HookServer.StartAsync();
        var values = new Dictionary<string, string>
        {
            ["headline"] = "Biden: decisive response if Russia invades [ad_1]",
            ["standfirst"] = "White House Press Secretary Jane Psaki said the call lasted an hour.",
            ["body"] = Checkout.Seed("003"),
        };

        using var response = await server.LintAsync(new { id = "story-123", headline = values["headline"], standfirst = values["standfirst"], body = values["body"], format = "text" });

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["id", "verdict", "diagnostics"], answer.EnumerateObject().Select(p => p.Name));
        Assert.Equal("story-123", answer.GetProperty("id").GetString());
        Assert.Equal("block", answer.GetProperty("verdict").GetString());
        var diagnostics = answer.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("field").GetString() == "headline" && d.GetProperty("text").GetString() == "[ad_1]");
        Assert.Contains(diagnostics, d => d.GetProperty("field").GetString() == "standfirst" && d.GetProperty("text").GetString() == "Jane Psaki");
        Assert.Contains(diagnostics, d => d.GetProperty("field").GetString() == "body" && d.GetProperty("text").GetString() == "Jane Psaki");

        foreach (var d in diagnostics)
        {
            Assert.Equal(DiagnosticKeys.Order(), d.EnumerateObject().Select(p => p.Name).Order());
            Assert.Matches("^[A-Z]{2,8}[0-9]{3,5}$", d.GetProperty("ruleId").GetString());
            Assert.Contains(d.GetProperty("category").GetString(), Categories.All);
            Assert.Contains(d.GetProperty("severity").GetString(), SeverityNames.All);
            Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("message").GetString()));
            var value = values[d.GetProperty("field").GetString()!];
            var offset = d.GetProperty("offset").GetInt32();
            var length = d.GetProperty("length").GetInt32();
            Assert.Equal(value.Substring(offset, length), d.GetProperty("text").GetString());
            Assert.Equal(Position(value, offset), (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
            Assert.Equal(Position(value, offset + length), (d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32()));
            foreach (var fix in d.GetProperty("fixes").EnumerateArray())
            {
                Assert.Equal(["offset", "length", "replacement"], fix.EnumerateObject().Select(p => p.Name));
                Assert.InRange(fix.GetProperty("offset").GetInt32() + fix.GetProperty("length").GetInt32(), 0, value.Length);
                Assert.Equal(JsonValueKind.String, fix.GetProperty("replacement").ValueKind);
            }
        }

        var order = diagnostics.Select(d => (Field: Array.IndexOf(["headline", "standfirst", "body"], d.GetProperty("field").GetString()),
            Offset: d.GetProperty("offset").GetInt32(), Rule: d.GetProperty("ruleId").GetString()!)).ToList();
        Assert.Equal(order.OrderBy(o => o.Field).ThenBy(o => o.Offset).ThenBy(o => o.Rule, StringComparer.Ordinal), order);
    }

    [Fact]
    public async Task Post_SameArticleTwice_SameBytes()
    {
        await using var server = await HookServer.StartAsync();
        var request = new { id = "story-4", body = Checkout.Seed("004") };

        using var first = await server.LintAsync(request);
        using var second = await server.LintAsync(request);

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var before = text[..offset];
        var lastBreak = before.LastIndexOf('\n');
        return (before.Count(c => c == '\n') + 1, offset - lastBreak);
    }
}
