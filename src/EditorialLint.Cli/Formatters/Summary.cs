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
        if (Errors > 0) parts.Add(Quantity(Errors, "error"));
        if (Warnings > 0) parts.Add(Quantity(Warnings, "warning"));
        if (Suggestions > 0) parts.Add(Quantity(Suggestions, "suggestion"));
        var articles = Quantity(Files, "article");
        return parts.Count == 0 ? $"No problems in {articles}" : $"{parts.Humanize("and")} in {articles}";
    }

    // What Humanizer's ToQuantity says for these regular nouns, without building its inflection
    // regexes, which took a fifth of a one-article run's start-up.
    private static string Quantity(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
