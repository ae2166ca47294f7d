using System.Net;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary><c>GET /</c>: one page built into the tool, its script and style served beside it, nothing from elsewhere.</summary>
public sealed class EditorPageTests
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/editor.js", "text/javascript")]
    [InlineData("/editor.css", "text/css")]
    public async Task Get_PageParts_AreServedWithTheirTypes(string path, string type)
    {
        await using var server = await HookServer.StartAsync();

        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task GetPage_LoadsNothingFromAnotherOrigin()
    {
        await using var server = await HookServer.StartAsync();

        using var page = await server.Client.GetAsync("/");
        var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        var parts = await Task.WhenAll(new[] { "/", "/editor.js", "/editor.css" }.Select(p => server.Client.GetStringAsync(p)));

        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.All(parts, text =>
        {
            Assert.DoesNotContain("http://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("//cdn", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task GetPage_HasTheEditorCheckButtonAndFindingsList()
    {
        await using var server = await HookServer.StartAsync();

        var html = await server.Client.GetStringAsync("/");

        Assert.Contains("<textarea id=\"text\"", html, StringComparison.Ordinal);
        Assert.Contains("<button id=\"check\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"groups\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/editor.js\" defer></script>", html, StringComparison.Ordinal);
    }
}
