using Microsoft.AspNetCore.Http;

namespace EditorialLint.Cli.Serve;

/// <summary>Writes a refusal as <c>application/problem+json</c> (RFC 9457) with a detail a person can act on.</summary>
internal static class ProblemResponse
{
    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        RequestNote.Of(context).Verdict = "refused";
        return Results.Problem(detail: detail, statusCode: status, title: Title(status)).ExecuteAsync(context);
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not an article the hook can read",
        StatusCodes.Status408RequestTimeout => "The request took too long to arrive",
        StatusCodes.Status413PayloadTooLarge => "The request is larger than the server accepts",
        StatusCodes.Status415UnsupportedMediaType => "The request is not JSON",
        StatusCodes.Status503ServiceUnavailable => "The article took too long to check",
        _ => "The request failed",
    };
}
