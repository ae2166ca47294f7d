using System.Text.RegularExpressions;


namespace EditorialLint.Rules.Matching;

/// <summary>
/// The rules' regular expressions, each compiled once per rule set. A pattern that runs past its
/// time limit is reported as a timeout fact instead of hanging the run.
/// </summary>
public sealed class PatternSearch : IScanner
{
    /// <summary>How long one pattern may run on one article.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly PatternEntry[] _entries;

    /// <summary>Creates the search over <paramref name="entries"/>.</summary>
    public PatternSearch(IReadOnlyList<PatternEntry> entries) => _entries = entries.ToArray();

    /// <summary>Number of patterns.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// Compiles a rule author's pattern: the non-backtracking engine when the pattern allows it
    /// (linear time), else the backtracking one with <see cref="Timeout"/>.
    /// </summary>
    public static Regex Compile(string pattern, bool ignoreCase, bool multiline)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : 0) | (multiline ? RegexOptions.Multiline : 0);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, Timeout);
        }
    }

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        var text = context.Text;
        foreach (var entry in _entries)
        {
            try
            {
                for (var m = entry.Regex.Match(text); m.Success; m = m.NextMatch())
                {
                    if (m.Length == 0 || !context.Satisfies(entry.Anchor, m.Index, m.Length)) continue;
                    context.Facts.Add(new Facts.Match(entry.RuleId, m.Index, m.Length, m.Value)
                    {
                        ParagraphIndex = context.ParagraphAt(m.Index),
                        SentenceIndex = context.SentenceAt(m.Index),
                        InHeadline = context.InHeadline(m.Index),
                        Replacement = entry.Replacement is null ? null : m.Result(entry.Replacement),
                        Detail = entry.Detail,
                    });
                }
            }
            catch (RegexMatchTimeoutException)
            {
                context.Facts.Add(new Facts.PatternTimeout(entry.RuleId, entry.Regex.ToString()));
            }
        }
    }
}
