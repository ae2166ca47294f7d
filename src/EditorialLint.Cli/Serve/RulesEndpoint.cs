using EditorialLint.Core.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace EditorialLint.Cli.Serve;

/// <summary><c>GET /v1/rules</c>: the rules in use now, by id, as <c>rules list</c> shows them.</summary>
internal sealed class RulesEndpoint(LiveRuleSet rules)
{
    public const string Path = "/v1/rules";

    public Task HandleAsync(HttpContext context)
    {
        var current = rules.Current;
        return JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("generation", current.Generation);
            json.WriteNumber("count", current.Rules.Descriptors.Count);
            json.WriteStartArray("rules");
            foreach (var d in current.Rules.Descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("title", d.Title);
                json.WriteString("category", d.Category);
                json.WriteString("severity", d.Severity.ToName());
                json.WriteString("kind", d.Kind);
                json.WriteString("message", d.MessageTemplate);
                json.WriteString("source", d.Source);
                json.WriteNumber("line", d.Line);
                json.WriteString("helpUri", d.HelpUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
