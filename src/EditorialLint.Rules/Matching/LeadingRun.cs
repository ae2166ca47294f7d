using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// A pattern that starts with a run of one set of characters followed by a character of another,
/// disjoint set, such as <c>\b([a-z]{2,})([‘’])</c> (a lower-case word glued to a quotation mark) or
/// <c>\b([a-z]{2,})([A-Z][a-z]{2,})\b</c> (two words glued together). .NET searches such a pattern
/// from every character of the run's set, that is from every letter of an article; this finds the
/// characters of the second set instead, which are rare, walks back over the run before each, and
/// tries the pattern only where a match could start.
/// </summary>
/// <remarks>
/// <para>
/// The matches are exactly the pattern's own. A match starting at <c>k</c> takes a run of the first
/// set from <c>k</c>, then a character of the second; as the sets are disjoint, that run ends at the
/// first character after <c>k</c> outside the first set, and that character is of the second set.
/// So every match starts within the run before some character of the second set, between the run's
/// quantifier bounds of it. <see cref="Cursor"/> gives those starts in order, and the pattern, made
/// to match only where it is started (<see cref="Anchored"/>), is tried at each: the first that
/// matches is the leftmost match, the one .NET would have found.
/// </para>
/// <para>
/// Only a plain reading of the pattern's start is trusted: zero-width assertions (<c>\b</c>,
/// <c>\B</c>, lookarounds), groups without alternatives or quantifiers, and each of the two
/// characters a literal or a bracketed list of literals and ranges. Anything else (classes such as
/// <c>\w</c> or <c>.</c>, negated classes, alternation, anchors, inline options, ignoring case) leaves
/// the pattern to .NET's own search: <see cref="Of"/> gives null.
/// </para>
/// </remarks>
internal sealed class LeadingRun
{
    private const int MaxSetSize = 4096;

    private LeadingRun(SearchValues<char> run, SearchValues<char> next, int min, int max, bool firstStartOnly)
    {
        Run = run;
        Next = next;
        Min = min;
        Max = max;
        FirstStartOnly = firstStartOnly;
    }

    /// <summary>
    /// Whether, of the places a match could start before one character of <see cref="Next"/>, the
    /// first decides for all: from each, the run reaches the same character and the rest of the
    /// pattern sees the same text, so they match or fail together, and .NET reports the first.
    /// That holds when nothing before the run looks at the text there, or only <c>\b</c> with a run
    /// of word characters taking at least one (inside the run, <c>\b</c> is false), and no
    /// backreference can see what the run captured.
    /// </summary>
    public bool FirstStartOnly { get; }

    /// <summary>The characters of the run.</summary>
    public SearchValues<char> Run { get; }

    /// <summary>The characters that can follow the run, none of them in <see cref="Run"/>.</summary>
    public SearchValues<char> Next { get; }

    /// <summary>The fewest characters the run takes.</summary>
    public int Min { get; }

    /// <summary>The most characters the run takes (<see cref="int.MaxValue"/> for no limit).</summary>
    public int Max { get; }

    /// <summary>The pattern made to match only at the position a search starts from, with the same groups.</summary>
    public static string Anchored(string pattern) => $"\\G(?:{pattern})";

    /// <summary>The leading run of <paramref name="pattern"/>, or null when it has none this can read.</summary>
    public static LeadingRun? Of(string pattern, RegexOptions options)
    {
        const RegexOptions plain = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.ExplicitCapture | RegexOptions.Compiled
            | RegexOptions.IgnoreCase;
        if ((options & ~plain) != 0) return null;
        try
        {
            return new Reader(pattern, (options & RegexOptions.IgnoreCase) != 0).LeadingRun();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The positions where a match could start, in order, from the start of a text: after a match,
    /// <see cref="Matched"/> moves past it, as .NET's search does.
    /// </summary>
    public struct Cursor(LeadingRun run, string text)
    {
        // No match starts before _floor; the next start to try is _next, the last one for the current
        // character after the run _last; the next such character is looked for from _from.
        private int _floor;
        private int _next;
        private int _last = -1;
        private int _from;

        /// <summary>The next position where a match could start; false when there is none.</summary>
        public bool Next(out int start)
        {
            while (_next > _last)
            {
                var found = _from < text.Length ? text.AsSpan(_from).IndexOfAny(run.Next) : -1;
                if (found < 0)
                {
                    _from = text.Length;
                    start = 0;
                    return false;
                }

                var at = _from + found;
                _from = at + 1;
                var runStart = _floor + text.AsSpan(_floor, at - _floor).LastIndexOfAnyExcept(run.Run) + 1;
                _next = run.Max == int.MaxValue ? runStart : Math.Max(runStart, at - run.Max);
                _last = run.FirstStartOnly ? Math.Min(_next, at - run.Min) : at - run.Min;
            }

            start = _next++;
            return true;
        }

        /// <summary>
        /// The next match: <paramref name="tryAt"/> (the <see cref="Anchored"/> pattern's match from a
        /// position) is tried at each start in turn until one matches; false when none does.
        /// </summary>
        public bool NextMatch(Func<int, Match> tryAt, [NotNullWhen(true)] out Match? match)
        {
            while (Next(out var at))
            {
                var m = tryAt(at);
                if (!m.Success) continue;
                Matched(m.Index + Math.Max(m.Length, 1));
                match = m;
                return true;
            }

            match = null;
            return false;
        }

        /// <summary>Notes a match ending at <paramref name="end"/>: the next one starts there or later.</summary>
        public void Matched(int end)
        {
            _floor = end;
            _from = Math.Max(_from, end);
            _next = 0;
            _last = -1;
        }
    }

    /// <summary>Reads the start of a pattern; throws <see cref="NotSupportedException"/> at anything it does not read.</summary>
    private sealed class Reader(string pattern, bool ignoreCase)
    {
        private readonly string _p = pattern;
        private readonly bool _ignoreCase = ignoreCase;
        private int _i;

        private char Peek => _i < _p.Length ? _p[_i] : '\0';

        public LeadingRun? LeadingRun()
        {
            // The common answers, no (most patterns), are given without an exception: a rule set's
            // patterns are all read at start-up, and a hundred exceptions there cost milliseconds.
            if (HasAlternation(0, _p.Length) || !SkipAssertionsAndOpenings() || !StartsAtom) return null;
            var run = Atom();
            var (min, max) = Quantifier();
            if (max < 2) return null;
            // Between the run and the next character: closings of the groups around the run, and assertions.
            while (true)
            {
                if (Peek == ')')
                {
                    _i++;
                    if (IsQuantifier(Peek)) throw new NotSupportedException();
                    continue;
                }

                if ((Peek == '(' && !IsLookaround) || !SkipAssertionOrOpening()) break;
            }

            var next = First(_p.Length);
            // A run of one character (.NET searches that well by itself), a set that can follow the
            // run, or a common character after it (every letter would be a place to look) is left to .NET.
            if (run.Overlaps(next) || next.Any(c => c is ' ' or (>= 'a' and <= 'z'))) return null;
            if (_ignoreCase && !run.Concat(next).All(IsCaseless)) return null;
            var firstStartOnly = !_startLooks && (!_startBoundary || (min >= 1 && run.All(c => char.IsLetterOrDigit(c) || c == '_')))
                && !HasBackreference();
            return new LeadingRun(SearchValues.Create(run.ToArray()), SearchValues.Create(next.ToArray()), min, max, firstStartOnly);
        }

        /// <summary>
        /// The characters the pattern's next character can be, from here: an atom that must occur, or
        /// a group that must, whose alternatives each start so.
        /// </summary>
        private HashSet<char> First(int end)
        {
            while (Peek != '(' && SkipAssertionOrOpening())
            {
            }

            if (Peek != '(')
            {
                var atom = Atom();
                var (min, _) = Quantifier();
                if (min < 1 || _i > end) throw new NotSupportedException();
                return atom;
            }

            var close = Close(_i);
            if (close >= end || IsLookaround)
            {
                // A lookaround before the character: step over it and look again.
                if (close >= end || !SkipAssertionOrOpening()) throw new NotSupportedException();
                return First(end);
            }

            var body = Body(_i);
            var set = new HashSet<char>();
            foreach (var (from, to) in Branches(body, close))
            {
                _i = from;
                set.UnionWith(First(to));
            }

            _i = close + 1;
            var (groupMin, _) = Quantifier();
            if (groupMin < 1) throw new NotSupportedException();
            return set;
        }

        /// <summary>Where the body of the group opened at <paramref name="open"/> starts; throws for a group this does not read.</summary>
        private int Body(int open)
        {
            var at = _i;
            _i = open;
            try
            {
                if (At("(?:")) return open + 3;
                if (At("(?<") || At("(?'")) return NameEnd(open + 3, At("(?<") ? '>' : '\'') + 1;
                if (At("(?")) throw new NotSupportedException();
                return open + 1;
            }
            finally
            {
                _i = at;
            }
        }

        /// <summary>The alternatives between <paramref name="from"/> and <paramref name="to"/>, split at the <c>|</c> outside any group.</summary>
        private List<(int From, int To)> Branches(int from, int to)
        {
            var branches = new List<(int, int)>();
            var depth = 0;
            var start = from;
            for (var i = from; i < to; i = Step(i))
            {
                switch (_p[i])
                {
                    case '(': depth++; break;
                    case ')': depth--; break;
                    case '|' when depth == 0:
                        branches.Add((start, i));
                        start = i + 1;
                        break;
                }
            }

            branches.Add((start, to));
            return branches;
        }

        /// <summary>
        /// Whether ignoring case leaves the character alone: ASCII and Latin-1 punctuation, digits and
        /// spaces, and general punctuation (quotation marks, dashes).
        /// </summary>
        private static bool IsCaseless(char c) =>
            (c < 0xC0 && !char.IsAsciiLetter(c) && c is not ('\u00AA' or '\u00B5' or '\u00BA')) || c is >= '\u2000' and <= '\u206F';

        /// <summary>Steps over the assertions and group openings at the start; false at one this does not read.</summary>
        private bool SkipAssertionsAndOpenings()
        {
            while (true)
            {
                if (At("\\b")) _startBoundary = true;
                else if (At("\\B") || IsLookaround) _startLooks = true;
                switch (StepOverAssertionOrOpening())
                {
                    case Skipped.Over: continue;
                    case Skipped.None: return true;
                    default: return false;
                }
            }
        }

        // What stands before the run: \b, or another assertion that looks at the text there.
        private bool _startBoundary;
        private bool _startLooks;

        /// <summary>Whether the pattern has a backreference (<c>\1</c> to <c>\9</c>, <c>\k</c>) anywhere.</summary>
        private bool HasBackreference()
        {
            for (var i = 0; i + 1 < _p.Length; i++)
            {
                if (_p[i] != '\\') continue;
                if (_p[i + 1] is (>= '1' and <= '9') or 'k') return true;
                i++;
            }

            return false;
        }

        /// <summary>Steps over one zero-width assertion, or into one group; false at anything else.</summary>
        private bool SkipAssertionOrOpening() => StepOverAssertionOrOpening() switch
        {
            Skipped.Over => true,
            Skipped.None => false,
            _ => throw new NotSupportedException(),
        };

        private enum Skipped
        {
            None,
            Over,
            Unread,
        }

        private Skipped StepOverAssertionOrOpening()
        {
            if (Peek == '\\' && _i + 1 < _p.Length && _p[_i + 1] is 'b' or 'B')
            {
                _i += 2;
                return Skipped.Over;
            }

            if (Peek != '(') return Skipped.None;
            var close = Close(_i);
            if (IsQuantifier(close + 1 < _p.Length ? _p[close + 1] : '\0')) return Skipped.Unread;
            if (IsLookaround)
            {
                _i = close + 1;
                return Skipped.Over;
            }

            var body = Body(_i);
            if (HasAlternation(body, close)) return Skipped.Unread;
            _i = body;
            return Skipped.Over;
        }

        /// <summary>
        /// Whether what comes next is an atom <see cref="Atom"/> reads: a literal, an escaped literal or
        /// a bracketed list (not a class escape such as <c>\w</c>, nor <c>.</c>, an anchor or a group).
        /// </summary>
        private bool StartsAtom => Peek switch
        {
            '\\' => _i + 1 < _p.Length && !char.IsLetterOrDigit(_p[_i + 1]) && !char.IsWhiteSpace(_p[_i + 1]) && !char.IsSurrogate(_p[_i + 1]),
            '[' => _i + 1 < _p.Length && _p[_i + 1] != '^',
            '\0' or '.' or '^' or '$' or '(' or ')' or '|' or '*' or '+' or '?' or '{' or '}' or ']' => false,
            var c => !char.IsSurrogate(c),
        };

        private int NameEnd(int from, char end)
        {
            var i = from;
            while (i < _p.Length && (char.IsLetterOrDigit(_p[i]) || _p[i] == '_')) i++;
            if (i == from || i >= _p.Length || _p[i] != end) throw new NotSupportedException();
            return i;
        }

        /// <summary>A literal character or a bracketed list of literals and ranges, as the set of characters it matches.</summary>
        private HashSet<char> Atom()
        {
            if (!StartsAtom) throw new NotSupportedException();
            var c = Peek;
            if (c == '[') return Class();
            _i++;
            return c == '\\' ? [Escaped()] : [c];
        }

        // A bracketed list that StartsAtom let through: not negated.
        private HashSet<char> Class()
        {
            _i++;
            var set = new HashSet<char>();
            var first = true;
            while (true)
            {
                if (_i >= _p.Length) throw new NotSupportedException();
                var c = _p[_i];
                if (c == ']' && !first)
                {
                    _i++;
                    return set;
                }

                first = false;
                var low = ClassCharacter();
                if (Peek == '-' && _i + 1 < _p.Length && _p[_i + 1] != ']')
                {
                    _i++;
                    var high = ClassCharacter();
                    if (high < low || set.Count + (high - low) > MaxSetSize) throw new NotSupportedException();
                    for (var x = low; x <= high; x++) set.Add((char)x);
                }
                else
                {
                    set.Add(low);
                }
            }
        }

        private char ClassCharacter()
        {
            var c = _p[_i++];
            if (c == '\\') return Escaped();
            if (c == '[' || char.IsSurrogate(c)) throw new NotSupportedException();
            return c;
        }

        /// <summary>The character after a backslash, when it stands for itself (punctuation); classes and codes are not read.</summary>
        private char Escaped()
        {
            if (_i >= _p.Length) throw new NotSupportedException();
            var c = _p[_i++];
            if (char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)) throw new NotSupportedException();
            return c;
        }

        private (int Min, int Max) Quantifier()
        {
            int min, max;
            switch (Peek)
            {
                case '*': (min, max) = (0, int.MaxValue); _i++; break;
                case '+': (min, max) = (1, int.MaxValue); _i++; break;
                case '?': (min, max) = (0, 1); _i++; break;
                case '{': (min, max) = Braces(); break;
                default: return (1, 1);
            }

            if (Peek == '?') _i++;
            if (IsQuantifier(Peek)) throw new NotSupportedException();
            return (min, max);
        }

        private (int Min, int Max) Braces()
        {
            _i++;
            var min = Number() ?? throw new NotSupportedException();
            var max = min;
            if (Peek == ',')
            {
                _i++;
                max = Number() ?? int.MaxValue;
            }

            if (Peek != '}' || max < min) throw new NotSupportedException();
            _i++;
            return (min, max);
        }

        private int? Number()
        {
            var from = _i;
            while (char.IsAsciiDigit(Peek)) _i++;
            return _i > from && _i - from < 9 ? int.Parse(_p.AsSpan(from, _i - from), System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        private bool IsLookaround => At("(?=") || At("(?!") || At("(?<=") || At("(?<!");

        private static bool IsQuantifier(char c) => c is '*' or '+' or '?' or '{';

        private bool At(string text) => string.CompareOrdinal(_p, _i, text, 0, text.Length) == 0;

        /// <summary>The index of the parenthesis that closes the one at <paramref name="open"/>.</summary>
        private int Close(int open)
        {
            var depth = 0;
            for (var i = open; i < _p.Length; i = Step(i))
            {
                if (_p[i] == '(') depth++;
                else if (_p[i] == ')' && --depth == 0) return i;
            }

            throw new NotSupportedException();
        }

        /// <summary>Whether there is a <c>|</c> between <paramref name="from"/> and <paramref name="to"/> outside any group in that span.</summary>
        private bool HasAlternation(int from, int to) => Branches(from, to).Count > 1;

        /// <summary>The index after the token at <paramref name="i"/>: an escape, a whole bracketed class, or one character.</summary>
        private int Step(int i)
        {
            if (_p[i] == '\\') return i + 2;
            if (_p[i] != '[') return i + 1;
            var j = i + 1;
            if (j < _p.Length && _p[j] == '^') j++;
            if (j < _p.Length && _p[j] == ']') j++;
            while (j < _p.Length && _p[j] != ']') j += _p[j] == '\\' ? 2 : 1;
            return j + 1;
        }
    }
}
