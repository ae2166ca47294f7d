using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// <c>GET /</c>: one page for editors, built into the tool with no build step and nothing
/// fetched from elsewhere: paste an article, check it, see each finding underlined, fix it in a click.
/// </summary>
internal static partial class EditorPage
{
    // Only this server's own script, style and API; no inline code, no other origin.
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly byte[] HtmlBytes = Encoding.UTF8.GetBytes(Html);
    private static readonly byte[] ScriptBytes = Encoding.UTF8.GetBytes(Script);
    private static readonly byte[] StyleBytes = Encoding.UTF8.GetBytes(Style);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", context => Send(context, HtmlBytes, "text/html; charset=utf-8"));
        app.MapGet("/editor.js", context => Send(context, ScriptBytes, "text/javascript; charset=utf-8"));
        app.MapGet("/editor.css", context => Send(context, StyleBytes, "text/css; charset=utf-8"));
    }

    private static Task Send(HttpContext context, byte[] content, string type)
    {
        var headers = context.Response.Headers;
        context.Response.ContentType = type;
        context.Response.ContentLength = content.Length;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return context.Response.Body.WriteAsync(content, context.RequestAborted).AsTask();
    }
}
