using Microsoft.AspNetCore.Http;

namespace EditorialLint.Cli.Serve;

/// <summary>What one request's log line reports beyond method, path and status.</summary>
internal sealed class RequestNote
{
    /// <summary>The article's <c>id</c> as the request gave it, if any.</summary>
    public string? ArticleId { get; set; }

    /// <summary>The request body's size in bytes, as read or as declared.</summary>
    public long Bytes { get; set; }

    /// <summary><c>pass</c>, <c>block</c>, <c>refused</c>, or null when the request was not a lint.</summary>
    public string? Verdict { get; set; }

    /// <summary>The note of <paramref name="context"/>, created on first use.</summary>
    public static RequestNote Of(HttpContext context)
    {
        var note = context.Features.Get<RequestNote>();
        if (note is null)
        {
            note = new RequestNote();
            context.Features.Set(note);
        }

        return note;
    }
}
