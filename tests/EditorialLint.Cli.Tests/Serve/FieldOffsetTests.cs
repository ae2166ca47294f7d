using System.Text;
using System.Text.Json;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>Each diagnostic of the hook names its field and counts offsets, lines and columns within that field's own value.</summary>
public sealed class FieldOffsetTests
{
    private const string Misspelled = "Press Secretary Jane Psaki said.";

    private static JsonElement Psaki(JsonElement answer, string field) =>
        answer.GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("ruleId").GetString() == "EDL0101" && d.GetProperty("field").GetString() == field);

    [Fact]
    public async Task Post_NameInEveryField_OffsetsCountFromEachFieldsStart()
    {
        await using var server = await HookServer.StartAsync();
        var headline = "Press Secretary Jane Psaki speaks for Biden";
        var standfirst = "The White House said on Sunday that White House Press Secretary Jane Psaki would brief.";
        var body = "Talks went on.\n\nWhite House Press Secretary Jane Psaki said so.";

        var answer = await server.LintOkAsync(new { id = "s", headline, standfirst, body });

        foreach (var (field, value) in new[] { ("headline", headline), ("standfirst", standfirst), ("body", body) })
        {
            var d = Psaki(answer, field);
            var offset = value.IndexOf("Jane Psaki", StringComparison.Ordinal);
            Assert.Equal(offset, d.GetProperty("offset").GetInt32());
            Assert.Equal(10, d.GetProperty("length").GetInt32());
            Assert.Equal("Jane Psaki", d.GetProperty("text").GetString());
            Assert.Equal(offset, d.GetProperty("fixes")[0].GetProperty("offset").GetInt32());
        }

        var inBody = Psaki(answer, "body");
        Assert.Equal(3, inBody.GetProperty("line").GetInt32());
        Assert.Equal(29, inBody.GetProperty("column").GetInt32());
        Assert.Equal(3, inBody.GetProperty("endLine").GetInt32());
        Assert.Equal(39, inBody.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public async Task Post_EscapedCharacters_CountAsOneDecodedCharacterEach()
    {
        await using var server = await HookServer.StartAsync();
        // \u201c and \n are six and two characters of JSON but one character of the value.
        var json = "{\"body\": \"\\u201cTalks\\u201d\\n\\u00e9t\\u00e9 " + Misspelled + "\"}";

        using var response = await server.Client.PostAsync("/v1/lint", HookServer.Json(json));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var value = "\u201cTalks\u201d\n\u00e9t\u00e9 " + Misspelled;
        var d = Psaki(answer, "body");
        Assert.Equal(value.IndexOf("Jane Psaki", StringComparison.Ordinal), d.GetProperty("offset").GetInt32());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Post_AstralCharacters_CountAsTwoUtf16Units()
    {
        await using var server = await HookServer.StartAsync();
        var body = "\U0001F4F0 News. " + Misspelled;

        var answer = await server.LintOkAsync(new { body });

        Assert.Equal(body.IndexOf("Jane Psaki", StringComparison.Ordinal), Psaki(answer, "body").GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Post_MarkdownBody_OffsetsPointIntoTheMarkdown()
    {
        await using var server = await HookServer.StartAsync();
        var body = "# Talks\n\nPress Secretary **Jane Psaki** said [more](https://example.org).";

        var answer = await server.LintOkAsync(new { body, format = "markdown" });

        var d = Psaki(answer, "body");
        Assert.Equal(body.IndexOf("Jane Psaki", StringComparison.Ordinal), d.GetProperty("offset").GetInt32());
        Assert.Equal("Jane Psaki", d.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_HtmlBody_OffsetsPointIntoTheHtml()
    {
        await using var server = await HookServer.StartAsync();
        var body = "<p>Talks &amp; more.</p>\n<p>Press Secretary <b>Jane</b> Psaki said.</p>";

        var answer = await server.LintOkAsync(new { body, format = "html" });

        var d = Psaki(answer, "body");
        var start = body.IndexOf("Jane", StringComparison.Ordinal);
        Assert.Equal(start, d.GetProperty("offset").GetInt32());
        Assert.Equal("Jane</b> Psaki", d.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("\"story-7\"", "\"story-7\"")]
    [InlineData("1234", "1234")]
    [InlineData("null", "null")]
    [InlineData("{\"nested\": 1}", "null")]
    public async Task Post_Id_IsEchoedWhenStringOrNumber(string id, string echoed)
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/lint", HookServer.Json($"{{\"id\": {id}, \"body\": \"The council met.\"}}"));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(echoed, answer.GetProperty("id").GetRawText());
    }

    [Theory]
    [InlineData("{\"id\": \"first\", \"body\": \"The council met.\", \"id\": \"last\"}", "\"last\"")]
    [InlineData("{\"id\": \"first\", \"body\": \"The council met.\", \"id\": [1]}", "null")]
    [InlineData("{\"\\u0069d\": 5, \"body\": \"The council met.\"}", "5")]
    [InlineData("{\"meta\": {\"id\": \"inner\"}, \"body\": \"The council \\\"id\\\": met.\"}", "null")]
    public async Task Post_Id_IsTheLastTopLevelOneAsSent(string json, string echoed)
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/lint", HookServer.Json(json));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(echoed, answer.GetProperty("id").GetRawText());
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public async Task Post_BodyInAnyReadableEncoding_EchoesTheIdAndMapsTheField(string encoding)
    {
        await using var server = await HookServer.StartAsync();
        var json = "{\"id\": \"caf\u00e9\", \"body\": \"Press Secretary Jane Psaki said.\"}";
        var encoder = encoding == "utf-8" ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true) : (Encoding)Encoding.Unicode;
        using var content = new ByteArrayContent([.. encoder.GetPreamble(), .. encoder.GetBytes(json)]);
        content.Headers.ContentType = HookServer.MediaType("application/json");

        using var response = await server.Client.PostAsync("/v1/lint", content);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("caf\u00e9", answer.GetProperty("id").GetString());
        Assert.Equal(Misspelled.IndexOf("Jane", StringComparison.Ordinal), Psaki(answer, "body").GetProperty("offset").GetInt32());
    }
}
