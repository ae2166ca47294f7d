using Microsoft.AspNetCore.Http;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// <c>GET /healthz</c>: <c>200</c> while rules are loaded, which they are from the start. A rule change
/// that did not compile shows here (status <c>degraded</c>, with file, line and column) while the
/// rules before it keep serving.
/// </summary>
internal sealed class HealthEndpoint(LiveRuleSet rules)
{
    public const string Path = "/healthz";

    public Task HandleAsync(HttpContext context)
    {
        var current = rules.Current;
        var failure = rules.LastFailure;
        return JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", failure is null ? "ok" : "degraded");
            json.WriteNumber("generation", current.Generation);
            json.WriteNumber("rules", current.Rules.Descriptors.Count);
            json.WriteString("loadedAt", current.LoadedAt);
            json.WritePropertyName("reloadError");
            if (failure is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("message", failure.Message);
                if (failure.File is not null)
                {
                    json.WriteString("file", failure.File);
                    json.WriteNumber("line", failure.Line);
                    json.WriteNumber("column", failure.Column);
                }

                json.WriteString("at", failure.At);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }
}
