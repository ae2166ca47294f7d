using EditorialLint.Core.Diagnostics;
using Humanizer;

namespace EditorialLint.Cli.Formatters;

/// <summary>Counts of a run, and the line that says them in words.</summary>
public sealed record Summary(int Files, int Errors, int Warnings, int Suggestions)
{
    /// <summary>Counts the diagnostics of <paramref name="files"/>.</summary>
    public static Summary Of(IReadOnlyList<FileReport> files)
    {
        var all = files.SelectMany(f => f.Diagnostics).ToList();
        return new Summary(files.Count, all.Count(d => d.Severity == Severity.Error),
            all.Count(d => d.Severity == Severity.Warning), all.Count(d => d.Severity == Severity.Suggestion));
    }

    /// <summary>"3 errors and 1 warning in 2 articles", or "No problems in 5 articles".</summary>
    public string ToSentence()
    {
        var parts = new List<string>();
        if (Errors > 0) parts.Add("error".ToQuantity(Errors));
        if (Warnings > 0) parts.Add("warning".ToQuantity(Warnings));
        if (Suggestions > 0) parts.Add("suggestion".ToQuantity(Suggestions));
        var articles = "article".ToQuantity(Files);
        return parts.Count == 0 ? $"No problems in {articles}" : $"{parts.Humanize("and")} in {articles}";
    }
}
