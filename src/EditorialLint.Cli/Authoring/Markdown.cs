namespace EditorialLint.Cli.Authoring;

/// <summary>Writes text into Markdown safely: code spans and fences that survive backticks, table cells that survive pipes.</summary>
internal static class Markdown
{
    /// <summary>An inline code span of <paramref name="text"/>; line breaks are shown as <c>\n</c>.</summary>
    public static string Code(string text)
    {
        text = text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        var ticks = new string('`', LongestRun(text, '`') + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') || text.StartsWith(' ') || text.EndsWith(' ') ? " " : "";
        return ticks + pad + text + pad + ticks;
    }

    /// <summary>A fenced block of <paramref name="text"/>, with a fence longer than any run of backticks inside.</summary>
    public static string Fence(string text, string info = "text")
    {
        var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));
        return $"{fence}{info}\n{text.Replace("\r", "", StringComparison.Ordinal)}\n{fence}\n";
    }

    /// <summary><paramref name="text"/> as one table cell: pipes escaped, line breaks as spaces.</summary>
    public static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ').Trim();

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
