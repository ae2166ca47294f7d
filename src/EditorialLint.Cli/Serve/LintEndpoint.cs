using EditorialLint.Cli.Formatters;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Policy;
using EditorialLint.Core.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// <c>POST /v1/lint</c>: reads one CMS article from the body, checks it with the rules in use when
/// it arrived, and answers with a verdict and the diagnostics, each within its own field.
/// </summary>
internal sealed partial class LintEndpoint(LiveRuleSet rules, ServeOptions options, CheckLane lane, ILogger<LintEndpoint> logger)
{
    /// <summary>The path the endpoint answers on.</summary>
    public const string Path = "/v1/lint";

    private const string Example = "{\"id\": \"story-123\", \"headline\": \"…\", \"body\": \"…\"}";

    public async Task HandleAsync(HttpContext context)
    {
        var note = RequestNote.Of(context);
        var request = context.Request;
        note.Bytes = request.ContentLength ?? 0;
        if (!IsJson(request.ContentType))
        {
            var sent = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"Content-Type '{request.ContentType}'";
            await ProblemResponse.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                $"the request has {sent}; send the article as Content-Type: application/json, e.g. {Example}").ConfigureAwait(false);
            return;
        }

        if (request.ContentLength > options.MaxRequestBytes)
        {
            await TooLarge(context, $"the request is {request.ContentLength} bytes, over").ConfigureAwait(false);
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        limit.CancelAfter(options.RequestTimeout);
        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request.Body, request.ContentLength, options.MaxRequestBytes, limit.Token).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status408RequestTimeout,
                $"the request body did not arrive within {Seconds(options.RequestTimeout)}; send it in one go").ConfigureAwait(false);
            return;
        }

        if (body is null)
        {
            await TooLarge(context, "the request body runs past").ConfigureAwait(false);
            return;
        }

        note.Bytes = body.Length;
        var snapshot = rules.Current;
        Outcome outcome;
        try
        {
            outcome = await lane.Run(() => Check(body, snapshot), limit.Token).WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The check cannot be stopped midway; it runs on, and its answer is dropped.
            LogCheckTimedOut(logger, context.TraceIdentifier, body.Length, options.RequestTimeout.TotalMilliseconds);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                $"checking the article took longer than the server's limit of {Seconds(options.RequestTimeout)}; " +
                "split it, or start the server with a longer --request-timeout").ConfigureAwait(false);
            return;
        }

        if (outcome.Problem is not null)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, outcome.Problem).ConfigureAwait(false);
            return;
        }

        var hook = outcome.Request!;
        var verdict = outcome.Diagnostics.Any(d => d.Severity == Severity.Error) ? "block" : "pass";
        note.ArticleId = hook.IdText;
        note.Verdict = verdict;
        if (outcome.Timeouts.Count > 0)
            LogPatternTimeouts(logger, context.TraceIdentifier, note.ArticleId, string.Join(", ", outcome.Timeouts.Distinct()));

        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            hook.WriteId(json);
            json.WriteString("verdict", verdict);
            json.WriteStartArray("diagnostics");
            foreach (var d in outcome.Diagnostics) JsonFormatter.WriteDiagnostic(json, d);
            json.WriteEndArray();
            if (outcome.Timeouts.Count > 0)
            {
                // The verdict is the other rules'; the answer says which were not checked, so the CMS can tell.
                var article = note.ArticleId is { } articleId ? $"article {articleId}" : "the article";
                json.WriteStartArray("skipped");
                foreach (var rule in outcome.Timeouts.Distinct())
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", rule);
                    json.WriteString("detail", $"{article}: rule {rule} ran past its time limit and was skipped; " +
                        "the verdict comes from the other rules: check the article for this rule by hand, and have its pattern simplified");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static Outcome Check(byte[] body, RuleSnapshot snapshot)
    {
        Core.Articles.Article article;
        try
        {
            article = ArticleReader.Read("request", body, ArticleFormat.Json);
        }
        catch (UnreadableInputException e)
        {
            return new Outcome(null, [], [], e.Message);
        }

        var hook = HookRequest.Read(body, article);
        var findings = snapshot.Linter.Find(article.Text, article.Path, out var timeouts);
        return new Outcome(hook, snapshot.Policy.ApplyToFields(article, FieldDiagnostics.Map(article, findings)), timeouts, null);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.HasValue
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.MediaType.Value!.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && type.MediaType.Value.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));

    // Reads at most one byte past the limit, so a body without a length is refused as soon as it is too long.
    // A body as long as its declared length lands in an array of that length, with no copy.
    private static async Task<byte[]?> ReadBodyAsync(Stream stream, long? declared, long maxBytes, CancellationToken cancellationToken)
    {
        var body = new byte[(int)Math.Clamp(declared ?? 16 * 1024, 1, maxBytes + 1)];
        var filled = 0;
        byte[]? probe = null;
        while (true)
        {
            if (filled == body.Length)
            {
                // Full: one byte more tells whether the body ends here.
                probe ??= new byte[1];
                if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0) return body;
                if (filled + 1 > maxBytes) return null;
                Array.Resize(ref body, (int)Math.Min(Math.Max(body.Length * 2L, 16 * 1024), maxBytes + 1));
                body[filled++] = probe[0];
            }

            var read = await stream.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0) return body.AsSpan(0, filled).ToArray();
            filled += read;
            if (filled > maxBytes) return null;
        }
    }

    private Task TooLarge(HttpContext context, string what) =>
        ProblemResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
            $"{what} the limit of {options.MaxRequestBytes} bytes ({Size(options.MaxRequestBytes)}); " +
            "send a shorter article, or start the server with a larger --max-request-size");

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : bytes % 1024 == 0 ? $"{bytes / 1024} KiB" : $"{bytes} B";

    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.###} s" : $"{span.TotalMilliseconds:0} ms";

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning,
        Message = "request {RequestId}: checking {Bytes} bytes ran past the {LimitMs} ms limit; answered 503")]
    private static partial void LogCheckTimedOut(ILogger logger, string requestId, int bytes, double limitMs);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning,
        Message = "request {RequestId} (article {ArticleId}): rules {RuleIds} ran past their pattern time limit and were skipped")]
    private static partial void LogPatternTimeouts(ILogger logger, string requestId, string? articleId, string ruleIds);

    private sealed record Outcome(HookRequest? Request, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Timeouts, string? Problem);
}
