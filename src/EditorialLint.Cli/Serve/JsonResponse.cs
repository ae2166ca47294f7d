using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EditorialLint.Cli.Serve;

/// <summary>Writes a JSON body straight into the response, as the CLI's JSON formatter writes a file.</summary>
internal static class JsonResponse
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using (var json = new Utf8JsonWriter(context.Response.BodyWriter, Options))
        {
            write(json);
            json.Flush();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
