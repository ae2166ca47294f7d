using System.Collections.Concurrent;
using System.Globalization;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// Works out from a pattern's text a set of literal strings such that every match contains at
/// least one of them (compared after <see cref="FoldTable"/>), or null when it cannot tell; and
/// where it can, a <see cref="LiteralWindow"/>: such a set that every match contains within a
/// bounded distance of its start.
/// Only the common syntax is understood; anything else (inline options, conditionals,
/// balancing groups, class subtraction) gives null, so the pattern always runs. Lookarounds,
/// backreferences, atomic groups and \G are understood: they add nothing known to a match.
/// </summary>
internal sealed class RequiredLiterals
{
    private const int MaxStrings = 64;
    private const int MaxLength = 24;
    private const int MaxClass = 12;

    // The most characters a piece of pattern can match, when it has no bound.
    private const int Unbounded = int.MaxValue;

    /// <summary>
    /// Lower case, and every unit whose case mapping reaches ASCII folded to that ASCII letter
    /// (the Kelvin sign to k, the long s to s), so that a literal folded the same way is found
    /// wherever the pattern could match, with or without ignoring case.
    /// </summary>
    public static readonly Lazy<char[]> FoldTable = new(() => TermSearch.Automaton.BuildFoldTable(c =>
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128) return lower;
        var upper = char.ToUpperInvariant(c);
        return upper < 128 ? char.ToLowerInvariant(upper) : lower;
    }));

    private static readonly HashSet<string> Empty = [""];

    private readonly string _p;
    private readonly bool _ignoreCase;
    private int _i;
    private bool _anchorG;

    private RequiredLiterals(string pattern, bool ignoreCase)
    {
        _p = pattern;
        _ignoreCase = ignoreCase;
    }

    /// <summary>
    /// What a piece of pattern can match: exactly one of <c>Exact</c> when known; surely one of
    /// <c>Required</c> inside it; for a repetition, one of <c>Ends</c> at its start and at its end;
    /// at most <c>Max</c> characters; and one of a window's strings starting at most its
    /// <c>Before</c> characters after the piece's start (<c>At</c>, when known).
    /// </summary>
    private readonly record struct Info(HashSet<string>? Exact, HashSet<string>? Required, HashSet<string>? Ends = null, int Max = 1,
        Window? At = null)
    {
        public static Info Any => new(null, null);

        /// <summary>A piece that matches no characters: an anchor or a lookaround.</summary>
        public static Info ZeroWidth => new(Empty, null, Max: 0);

        public HashSet<string>? Requirement => Required ?? NonEmpty(Exact);

        /// <summary>The window of the piece: its own, or its exact strings at its start.</summary>
        public Window? Window => At ?? (NonEmpty(Exact) is { } exact ? new Window(exact, 0) : null);
    }

    /// <summary>Strings one of which a piece of pattern contains, starting at most <c>Before</c> characters after the piece's start.</summary>
    private sealed record Window(HashSet<string> Strings, int Before)
    {
        public int Shortest { get; } = Strings.Min(s => s.Length);

        public Window? Shifted(int by) => Add(Before, by) is var before and < Unbounded ? this with { Before = before } : null;
    }

    // Each pattern is read once per process: a rule set's patterns are read when it loads (for the
    // literal search, the window, and to look up the code generated for them), and again when it reloads.
    private static readonly ConcurrentDictionary<(string Pattern, bool IgnoreCase), (string[]? Required, LiteralWindow? Window)> Read = new();

    /// <summary>
    /// Strings (folded) one of which every match of <paramref name="pattern"/> contains starting at
    /// most <see cref="LiteralWindow.Before"/> characters after the match's start, the most
    /// selective such set the pattern's top-level sequence shows; null when there is none (or the
    /// pattern uses <c>\G</c>, whose meaning depends on where a search starts).
    /// </summary>
    public static LiteralWindow? WindowOf(string pattern, bool ignoreCase) => ReadOnce(pattern, ignoreCase).Window;

    public static string[]? Of(string pattern, bool ignoreCase) => ReadOnce(pattern, ignoreCase).Required;

    // A server reloading edited rules for months reads new patterns each time; past this many, it starts again.
    private const int MaxRead = 4096;

    private static (string[]? Required, LiteralWindow? Window) ReadOnce(string pattern, bool ignoreCase)
    {
        if (Read.TryGetValue((pattern, ignoreCase), out var known)) return known;
        if (ShippedLiterals.TryGet(pattern, ignoreCase, out var shipped)) return shipped;
        if (Read.Count >= MaxRead) Read.Clear();
        return Read.GetOrAdd((pattern, ignoreCase), static key => Analyse(key.Pattern, key.IgnoreCase));
    }

    /// <summary>Reads <paramref name="pattern"/> afresh, without what was read before or when the tool was built.</summary>
    internal static (string[]? Required, LiteralWindow? Window) Analyse(string pattern, bool ignoreCase)
    {
        try
        {
            var analysis = new RequiredLiterals(pattern, ignoreCase);
            var info = analysis.Alternation();
            if (analysis._i != pattern.Length) return (null, null);
            var window = analysis._anchorG || info.Window is not { } w ? null : new LiteralWindow(w.Strings.ToArray(), w.Before);
            return (info.Requirement?.ToArray(), window);
        }
        catch (NotSupportedException)
        {
            return (null, null);
        }
        catch (IndexOutOfRangeException)
        {
            return (null, null);
        }
    }

    private char Peek => _i < _p.Length ? _p[_i] : '\0';

    private Info Alternation()
    {
        var branches = new List<Info> { Concatenation() };
        while (_i < _p.Length && _p[_i] == '|')
        {
            _i++;
            branches.Add(Concatenation());
        }

        if (branches.Count == 1) return branches[0];
        HashSet<string>? exact = [], required = [], windowed = [];
        var max = 0;
        var before = 0;
        foreach (var b in branches)
        {
            if (exact is not null && b.Exact is not null) exact.UnionWith(b.Exact);
            else exact = null;
            if (required is not null && b.Requirement is { } r) required.UnionWith(r);
            else required = null;
            if (windowed is not null && b.Window is { } w)
            {
                windowed.UnionWith(w.Strings);
                before = Math.Max(before, w.Before);
            }
            else
            {
                windowed = null;
            }

            max = Math.Max(max, b.Max);
        }

        return new Info(exact is { Count: <= MaxStrings } ? exact : null, required is { Count: <= MaxStrings } ? required : null, Max: max,
            At: windowed is { Count: <= MaxStrings } ? new Window(windowed, before) : null);
    }

    private Info Concatenation()
    {
        HashSet<string>? run = Empty;
        HashSet<string>? best = null;
        var allExact = true;
        var items = 0;
        Info only = default;
        // The most characters the items so far match, and the most before the strings of the run (unbounded when not known).
        var prefix = 0;
        var runStart = 0;
        Window? window = null;
        while (_i < _p.Length && _p[_i] is not ('|' or ')'))
        {
            var item = Quantified(Atom());
            if (items++ == 0) only = item;
            if (item.Exact is not null)
            {
                var product = Product(run!, item.Exact);
                if (product is null)
                {
                    allExact = false;
                    best = Better(best, NonEmpty(run));
                    window = Closer(window, RunWindow(run, runStart));
                    run = item.Exact;
                    runStart = prefix;
                }
                else
                {
                    run = product;
                }

                prefix = Add(prefix, item.Max);
                continue;
            }

            allExact = false;
            best = Better(Better(best, NonEmpty(run)), item.Required);
            window = Closer(Closer(window, RunWindow(run, runStart)), item.At?.Shifted(prefix));
            // A repetition starts and ends with one of its exact forms, which join the strings around it.
            if (item.Ends is { } ends)
            {
                best = Better(best, NonEmpty(Product(run!, ends)));
                window = Closer(window, RunWindow(Product(run!, ends), runStart));
                run = ends;
                // Where the last repetition starts depends on how many there are.
                runStart = Unbounded;
            }
            else
            {
                run = Empty;
                runStart = Add(prefix, item.Max);
            }

            prefix = Add(prefix, item.Max);
        }

        if (items == 1) return only;
        best = Better(best, NonEmpty(run));
        window = Closer(window, RunWindow(run, runStart));
        return new Info(allExact ? run : null, best, Max: prefix, At: window);
    }

    private Info Quantified(Info atom)
    {
        int min, max;
        switch (Peek)
        {
            case '*': (min, max) = (0, int.MaxValue); _i++; break;
            case '+': (min, max) = (1, int.MaxValue); _i++; break;
            case '?': (min, max) = (0, 1); _i++; break;
            case '{' when QuantifierAt(_i, out min, out max, out var end): _i = end; break;
            default: return atom;
        }

        if (Peek == '?') _i++;
        var most = Multiply(atom.Max, max);
        if (min == 0)
            return new Info(max == 1 && atom.Exact is not null ? [.. atom.Exact, ""] : null, null, Max: most);
        var power = atom.Exact;
        // What can only be empty stays empty however often it is repeated ((?:){1000000000} is read at once).
        if (atom.Exact is not { Count: 1 } only || !only.Contains(""))
            for (var k = 1; k < min && power is not null; k++) power = Product(power, atom.Exact!);
        // The first repetition starts where the piece does, so its window is the piece's.
        return new Info(min == max ? power : null, Better(atom.Requirement, NonEmpty(power)), min == max ? null : NonEmpty(atom.Exact), most,
            atom.Window);
    }

    private Info Atom()
    {
        var c = _p[_i];
        switch (c)
        {
            case '(':
                return Group();
            case '[':
                return Class();
            case '\\':
                return Escape();
            case '.':
                _i++;
                return Info.Any;
            case '^' or '$':
                _i++;
                return Info.ZeroWidth;
            case '*' or '+' or '?':
                throw new NotSupportedException();
            case '{' when QuantifierAt(_i, out _, out _, out _):
                throw new NotSupportedException();
            default:
                _i++;
                return Literal(c);
        }
    }

    private Info Group()
    {
        _i++;
        if (Peek == '?')
        {
            _i++;
            switch (Peek)
            {
                case ':':
                    _i++;
                    break;
                case '=' or '!':
                    _i++;
                    return Lookaround();
                case '<' when _p[_i + 1] is '=' or '!':
                    _i += 2;
                    return Lookaround();
                case '>':
                    // An atomic group matches a subset of what the plain group matches, so what
                    // every match of the plain group contains, every match of it contains.
                    _i++;
                    break;
                case '(':
                    throw new NotSupportedException();
                case '<' or '\'':
                    var close = _p[_i] == '<' ? '>' : '\'';
                    var end = _p.IndexOf(close, _i + 1);
                    if (end < 0) throw new NotSupportedException();
                    if (_p.AsSpan(_i + 1, end - _i - 1).Contains('-')) throw new NotSupportedException();
                    if (_p.AsSpan(_i + 1, end - _i - 1).ContainsAnyExcept(NameChars)) throw new NotSupportedException();
                    _i = end + 1;
                    break;
                default:
                    throw new NotSupportedException();
            }
        }

        var inner = Alternation();
        if (Peek != ')') throw new NotSupportedException();
        _i++;
        return inner;
    }

    // A lookaround adds no characters to a match; what it tests is left out of the requirement.
    private Info Lookaround()
    {
        Alternation();
        if (Peek != ')') throw new NotSupportedException();
        _i++;
        return Info.ZeroWidth;
    }

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private Info Class()
    {
        _i++;
        var negated = Peek == '^';
        if (negated) _i++;
        var set = new HashSet<char>();
        var any = false;
        var first = true;
        while (true)
        {
            var c = _p[_i];
            if (c == ']' && !first) break;
            first = false;
            if (c == '-' && _p[_i + 1] == '[') throw new NotSupportedException();
            if (!ClassChar(out var lo))
            {
                any = true;
                continue;
            }

            if (_p[_i] == '-' && _p[_i + 1] != ']')
            {
                if (_p[_i + 1] == '[') throw new NotSupportedException();
                _i++;
                if (!ClassChar(out var hi)) throw new NotSupportedException();
                if (hi - lo > 64) any = true;
                else for (var x = lo; x <= hi; x++) set.Add(x);
            }
            else
            {
                set.Add(lo);
            }
        }

        _i++;
        if (negated || any || set.Count > 4 * MaxClass) return Info.Any;
        var folded = new HashSet<string>();
        foreach (var c in set)
        {
            if (_ignoreCase && !Caseless(c)) return Info.Any;
            folded.Add(Fold(c).ToString());
        }

        return folded.Count <= MaxClass ? new Info(folded, null) : Info.Any;
    }

    /// <summary>Reads one character of a class; false for a class escape (\d, \w, \p{..}), which stands for many.</summary>
    private bool ClassChar(out char c)
    {
        c = _p[_i++];
        if (c != '\\') return true;
        c = _p[_i++];
        switch (c)
        {
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                return false;
            case 'p' or 'P':
                SkipBraces();
                return false;
            case 'b':
                c = '\b';
                return true;
            default:
                c = Escaped(c);
                return true;
        }
    }

    private Info Escape()
    {
        _i++;
        var c = _p[_i++];
        switch (c)
        {
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                return Info.Any;
            case 'p' or 'P':
                SkipBraces();
                return Info.Any;
            case 'b' or 'B' or 'A' or 'z' or 'Z':
                return Info.ZeroWidth;
            case 'G':
                _anchorG = true;
                return Info.ZeroWidth;
            case 'k':
                // \k<name> or \k'name': the text a group matched, unknown here.
                var close = Peek == '<' ? '>' : Peek == '\'' ? '\'' : throw new NotSupportedException();
                var end = _p.IndexOf(close, _i + 1);
                if (end < 0) throw new NotSupportedException();
                _i = end + 1;
                return Info.Any with { Max = Unbounded };
            case '<' or '\'':
                // \<name>, \<1> and \'name' are backreferences too, not the characters written.
                var closing = c == '<' ? '>' : '\'';
                var last = _p.IndexOf(closing, _i);
                if (last < 0) throw new NotSupportedException();
                _i = last + 1;
                return Info.Any with { Max = Unbounded };
            case >= '1' and <= '9':
                // A backreference: the text its group matched, unknown here.
                while (Peek is >= '0' and <= '9') _i++;
                return Info.Any with { Max = Unbounded };
            default:
                return Literal(Escaped(c));
        }
    }

    /// <summary>The character an escape other than a class or an assertion stands for.</summary>
    private char Escaped(char c)
    {
        switch (c)
        {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'v': return '\v';
            case 'e': return '\u001B';
            case 'a': return '\a';
            case 'x': return Hex(2);
            case 'u': return Hex(4);
            case '0':
                var value = 0;
                for (var k = 0; k < 2 && Peek is >= '0' and <= '7'; k++) value = value * 8 + (_p[_i++] - '0');
                return (char)value;
            default:
                if (char.IsAsciiLetterOrDigit(c)) throw new NotSupportedException();
                return c;
        }
    }

    private char Hex(int digits)
    {
        if (!int.TryParse(_p.AsSpan(_i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            throw new NotSupportedException();
        _i += digits;
        return (char)value;
    }

    private void SkipBraces()
    {
        if (Peek != '{') throw new NotSupportedException();
        var end = _p.IndexOf('}', _i);
        if (end < 0) throw new NotSupportedException();
        _i = end + 1;
    }

    private Info Literal(char c) =>
        _ignoreCase && !Caseless(c) ? Info.Any : new Info([Fold(c).ToString()], null);

    /// <summary>
    /// Whether ignoring case can only match <paramref name="c"/> with characters that fold like it:
    /// ASCII (its only other case forms, such as the Kelvin sign, fold to ASCII) and punctuation,
    /// spaces and symbols that have no case.
    /// </summary>
    private static bool Caseless(char c) =>
        c < 128 || (char.ToLowerInvariant(c) == c && char.ToUpperInvariant(c) == c && CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.Control);

    private static char Fold(char c) => FoldTable.Value[c];

    /// <summary>Whether a <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> quantifier starts at <paramref name="at"/> (else the brace is literal).</summary>
    private bool QuantifierAt(int at, out int min, out int max, out int end)
    {
        min = max = 0;
        end = _p.IndexOf('}', at);
        if (end < 0) return false;
        var body = _p.AsSpan(at + 1, end - at - 1);
        end++;
        var comma = body.IndexOf(',');
        if (comma < 0) return int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out min) && (max = min) >= 0;
        if (!int.TryParse(body[..comma], NumberStyles.None, CultureInfo.InvariantCulture, out min)) return false;
        if (comma == body.Length - 1)
        {
            max = int.MaxValue;
            return true;
        }

        return int.TryParse(body[(comma + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out max);
    }

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MaxStrings) return null;
        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (l.Length + r.Length > MaxLength) return null;
                product.Add(l + r);
            }
        }

        return product;
    }

    private static HashSet<string>? NonEmpty(HashSet<string>? set) =>
        set is { Count: > 0 } && set.All(s => s.Length > 0) ? set : null;

    private static Window? RunWindow(HashSet<string>? run, int start) =>
        start < Unbounded && NonEmpty(run) is { } strings ? new Window(strings, start) : null;

    /// <summary>Of two windows the more selective (as <see cref="Better"/>), then the one closer to the start.</summary>
    private static Window? Closer(Window? a, Window? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        var selective = MoreSelective(a.Shortest, a.Strings.Count, b.Shortest, b.Strings.Count);
        return selective != 0 ? (selective > 0 ? a : b) : b.Before < a.Before ? b : a;
    }

    private static int Add(int a, int b) => (long)a + b >= Unbounded ? Unbounded : a + b;

    private static int Multiply(int a, int b) => (long)a * b >= Unbounded ? Unbounded : a * b;

    /// <summary>Of two requirements the more selective (the first when neither is).</summary>
    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        return MoreSelective(a.Min(s => s.Length), a.Count, b.Min(s => s.Length), b.Count) >= 0 ? a : b;
    }

    /// <summary>Positive when strings with the first shortest length and count are the more selective: a longer shortest string, then fewer strings; 0 when alike.</summary>
    private static int MoreSelective(int shortestA, int countA, int shortestB, int countB) =>
        shortestA != shortestB ? shortestA.CompareTo(shortestB) : countB.CompareTo(countA);
}
