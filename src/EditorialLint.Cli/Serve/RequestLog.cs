using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Serve;

/// <summary>One structured log line per request: request id, article id, size, time, status and verdict.</summary>
internal sealed partial class RequestLog(ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var note = context.Features.Get<RequestNote>();
            LogRequest(logger, context.TraceIdentifier, context.Request.Method, context.Request.Path.Value ?? "/",
                context.Response.StatusCode, note?.ArticleId, note?.Bytes ?? context.Request.ContentLength ?? 0,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2), note?.Verdict);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} request={RequestId} article={ArticleId} bytes={Bytes} ms={ElapsedMs} verdict={Verdict}")]
    private static partial void LogRequest(ILogger logger, string requestId, string method, string path, int status,
        string? articleId, long bytes, double elapsedMs, string? verdict);
}
