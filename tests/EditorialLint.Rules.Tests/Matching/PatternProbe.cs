using System.Text.RegularExpressions;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// What a <see cref="PatternSearch"/> finds in a text beside what .NET's own search finds there:
/// places, text and replacement of every match that is not empty (empty matches are never findings).
/// </summary>
internal static class PatternProbe
{
    public static List<(int Start, string Text, string? Replacement)> Scan(PatternSearch search, string text)
    {
        var context = new ScanContext(Segmenter.Segment(text));
        search.Scan(context);
        return context.Facts.OfType<Facts.Match>().Select(m => (m.Start, m.Text, m.Replacement)).ToList();
    }

    public static List<(int Start, string Text, string? Replacement)> Expected(string pattern, string? replacement, string text,
        RegexOptions options = RegexOptions.CultureInvariant) =>
        new Regex(pattern, options).Matches(text).Where(m => m.Length > 0)
            .Select(m => (m.Index, m.Value, replacement is null ? null : m.Result(replacement))).ToList();

    /// <summary>
    /// Checks that <paramref name="pattern"/>, searched alone with <paramref name="options"/>, finds in
    /// <paramref name="text"/> what .NET finds, groups included; a pattern .NET refuses is skipped.
    /// </summary>
    public static void FindsWhatRegexFinds(string pattern, RegexOptions options, string text)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, options);
        }
        catch (ArgumentException)
        {
            return;
        }

        var alone = new PatternSearch([new PatternEntry("P", regex, Anchor.None, "$0|$1")]);
        Assert.Equal(Expected(pattern, "$0|$1", text, options), Scan(alone, text));
    }
}
