using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// Strings one of which every match of a pattern contains, starting at most <see cref="Before"/>
/// characters after the match's start: <c>head of the </c> and <c>chief of the </c> (and the same
/// after <c>the </c>) in <c>\b(?:[Tt]he )?(?:head|chief) of the (?:Kremlin|Pentagon)\b</c>. .NET
/// searches such a pattern from every character that could start it, here every t, h and c of an
/// article. The literal search that decides which patterns run at all finds these strings as
/// well, and the pattern, made to match only where it is started (<see cref="LeadingRun.Anchored"/>),
/// is tried only at the few places before each.
/// </summary>
/// <remarks>
/// <para>
/// The matches are exactly the pattern's own: every match starts at most <see cref="Before"/>
/// characters before an occurrence of one of the strings, so trying those places in order, each
/// after the end of the last match, finds the leftmost match first, the one .NET would have found.
/// </para>
/// <para>
/// The strings come from the pattern's sequence read as <see cref="RequiredLiterals"/> reads it,
/// with the most characters each piece before them can match (a backreference or an unbounded
/// repetition before them leaves no window). A pattern with <c>\G</c>, whose meaning depends on
/// where a search starts, has none; nor has one with options other than ignoring case, multiline
/// and culture-invariance.
/// </para>
/// </remarks>
internal sealed record LiteralWindow(string[] Strings, int Before)
{
    /// <summary>The farthest a window's strings may start from the match's start: past that, too many places to try.</summary>
    public const int MaxBefore = 64;

    /// <summary>
    /// The shortest string a window may have: .NET searches a single character or two well by itself,
    /// and such strings are common.
    /// </summary>
    public const int MinLength = 3;

    /// <summary>The window of <paramref name="pattern"/> run with <paramref name="options"/>, or null when it has none worth searching by.</summary>
    public static LiteralWindow? Of(string pattern, RegexOptions options)
    {
        const RegexOptions plain = RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant;
        if ((options & ~plain) != 0) return null;
        return RequiredLiterals.WindowOf(pattern, (options & RegexOptions.IgnoreCase) != 0) is { } window
            && window.Before <= MaxBefore && window.Strings.All(s => s.Length >= MinLength)
            ? window
            : null;
    }

    /// <summary>
    /// The leftmost matches, in order, of an anchored pattern (<see cref="NextMatch"/> is given its
    /// match from a position, or a failure), tried only at the places at most <see cref="Before"/>
    /// characters before each of the occurrences (starts of the window's strings in the text, in order).
    /// </summary>
    public struct Cursor(LiteralWindow window, List<int> occurrences)
    {
        // No match starts before _next: the end of the last match, or past the last place tried.
        private int _next;
        private int _occurrence;

        /// <summary>The next match: <paramref name="tryAt"/> is tried at each place in turn until one matches; false when none does.</summary>
        public bool NextMatch(Func<int, Match> tryAt, [NotNullWhen(true)] out Match? match)
        {
            while (_occurrence < occurrences.Count)
            {
                var occurrence = occurrences[_occurrence];
                var at = Math.Max(_next, occurrence - window.Before);
                if (at > occurrence)
                {
                    _occurrence++;
                    continue;
                }

                var m = tryAt(at);
                _next = m.Success ? m.Index + Math.Max(m.Length, 1) : at + 1;
                if (!m.Success) continue;
                match = m;
                return true;
            }

            match = null;
            return false;
        }
    }
}
