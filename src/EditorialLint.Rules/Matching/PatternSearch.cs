using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// The rules' regular expressions, each compiled once per rule set. A rule whose patterns run past
/// their time limit on an article is reported as a timeout fact and left out for that article,
/// instead of hanging the run.
/// </summary>
/// <remarks>
/// <para>
/// The limit is per rule and article: all the match calls of all a rule's patterns on one article
/// share <see cref="LimitFor"/> its length (<see cref="Timeout"/>, and
/// <see cref="TimeoutPerMillionCharacters"/> more per million characters, so a long article is not
/// taken for a hostile one), and each call may only use what its rule has left (.NET's own limit
/// counts per call, so an article with many slow matches would take the limit once per match). A
/// rule that spends it is abandoned for the article: its matches there are dropped and no more of
/// its patterns run.
/// </para>
/// <para>
/// Two things keep the cost per article down. A pattern runs only on articles that contain one of
/// the literal strings every match of it must contain, found for all patterns in one Aho-Corasick
/// pass; most patterns never run on most articles. That holds for patterns with lookarounds and
/// backreferences too: one that cannot match an article is not run on it, so it cannot run out of
/// time there either. (A pattern whose literals cannot be worked out runs on every article.) And a pattern first runs on the
/// backtracking interpreter, which costs next to nothing to build: only a pattern that takes longer
/// than <see cref="Budget"/> on an article goes again, compiled to IL (built the first time it is
/// needed, as that costs milliseconds), with what is left of its rule's <see cref="Timeout"/>. It
/// stays on the backtracking engine throughout, so a pattern gives the same matches whichever way
/// it ran, or none and a reported timeout, and none can hang the run. (.NET's linear-time engine
/// would never run out of time, but on .NET 10 it misses matches of some patterns, such as
/// <c>(?:the )?said</c>: a rule could lose findings without a word.) A pattern run 16 times is
/// compiled to IL in the background. The shipped rules' patterns skip both steps: they run from the
/// start on code the regex source generator wrote when the tool was built (<see cref="ShippedPatterns"/>),
/// with their rule's whole limit, as there is nothing faster to go on to.
/// </para>
/// <para>
/// A pattern that starts with a run of letters before a rarer character (<see cref="LeadingRun"/>)
/// is not searched from every letter: it is tried, anchored, only at the starts of the runs before
/// that character, which gives .NET's matches at a small part of the cost.
/// </para>
/// </remarks>
public sealed class PatternSearch : IScanner
{
    /// <summary>How long the patterns of one rule may backtrack, in all, on one article of ordinary length.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// What the limit grows by for each million characters of the article: patterns that run in
    /// time proportional to the text take longer on a longer one without backtracking too much.
    /// </summary>
    public static readonly TimeSpan TimeoutPerMillionCharacters = TimeSpan.FromSeconds(2);

    /// <summary>The limit of one rule's patterns on an article of <paramref name="length"/> characters.</summary>
    public static TimeSpan LimitFor(int length) => Timeout + TimeoutPerMillionCharacters * (length / 1_000_000.0);

    /// <summary>How long a pattern runs on the backtracking interpreter on one article before it goes again compiled to IL.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(100);

    private readonly PatternEntry[] _entries;
    private readonly Engines[] _engines;
    private readonly int[] _ruleOf;
    private readonly int _rules;
    private readonly TermSearch.Automaton? _literals;
    private readonly int[][] _patternsOfLiteral;
    private readonly int[] _unfiltered;

    /// <summary>Creates the search over <paramref name="entries"/>.</summary>
    public PatternSearch(IReadOnlyList<PatternEntry> entries)
        : this(entries, ShippedPatterns.For)
    {
    }

    /// <summary>
    /// Creates the search over <paramref name="entries"/>, running a pattern on the code of the
    /// source-generated regex <paramref name="code"/> gives for it (by pattern and options as it
    /// runs, see <see cref="AsRun(Regex)"/>), where it gives one, from the start.
    /// </summary>
    internal PatternSearch(IReadOnlyList<PatternEntry> entries, Func<string, RegexOptions, Func<Regex>?> code)
    {
        _entries = entries.ToArray();
        _engines = _entries.Select(e => new Engines(e, code)).ToArray();
        var rules = new Dictionary<string, int>(StringComparer.Ordinal);
        _ruleOf = _entries.Select(e => rules.TryGetValue(e.RuleId, out var r) ? r : rules[e.RuleId] = rules.Count).ToArray();
        _rules = rules.Count;
        var literals = new List<string>();
        var literalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var patternsOfLiteral = new List<List<int>>();
        var unfiltered = new List<int>();
        for (var p = 0; p < _entries.Length; p++)
        {
            var entry = _entries[p];
            var required = (entry.Options & ~(RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)) == 0
                ? RequiredLiterals.Of(entry.Pattern, (entry.Options & RegexOptions.IgnoreCase) != 0)
                : null;
            if (required is null)
            {
                unfiltered.Add(p);
                continue;
            }

            foreach (var literal in required)
            {
                if (!literalIds.TryGetValue(literal, out var id))
                {
                    id = literals.Count;
                    literalIds[literal] = id;
                    literals.Add(literal);
                    patternsOfLiteral.Add([]);
                }

                patternsOfLiteral[id].Add(p);
            }
        }

        _unfiltered = unfiltered.ToArray();
        _patternsOfLiteral = patternsOfLiteral.Select(l => l.ToArray()).ToArray();
        _literals = literals.Count == 0 ? null : new TermSearch.Automaton(literals, RequiredLiterals.FoldTable.Value);
    }

    /// <summary>Number of patterns.</summary>
    public int Count => _entries.Length;

    /// <summary>The patterns, in the order they run.</summary>
    internal IReadOnlyList<PatternEntry> Entries => _entries;

    /// <summary>
    /// The pattern and options an engine runs for <paramref name="regex"/>: the pattern anchored
    /// with <c>\G</c> when it has a leading run (<see cref="LeadingRun"/>), else as written.
    /// </summary>
    internal static (string Pattern, RegexOptions Options) AsRun(Regex regex) => AsRun(regex.ToString(), regex.Options);

    /// <summary>The pattern and options an engine runs for <paramref name="pattern"/> with <paramref name="options"/>.</summary>
    internal static (string Pattern, RegexOptions Options) AsRun(string pattern, RegexOptions options) =>
        AsRun(pattern, options, LeadingRun.Of(pattern, options));

    private static (string Pattern, RegexOptions Options) AsRun(string pattern, RegexOptions options, LeadingRun? leading) =>
        (leading is null ? pattern : LeadingRun.Anchored(pattern), options);

    /// <summary>
    /// Compiles a rule author's pattern. It runs first on the backtracking interpreter, then, past
    /// <see cref="Budget"/>, compiled to IL with what is left of <see cref="Timeout"/>. A malformed
    /// pattern throws <see cref="ArgumentException"/>.
    /// </summary>
    public static Regex Compile(string pattern, bool ignoreCase, bool multiline) => new(pattern, OptionsFor(ignoreCase, multiline), Budget);

    /// <summary>
    /// The entry of a rule author's pattern: one whose code was generated at build time (the same
    /// pattern, options and time limit) is known to be valid, and is not parsed; any other is
    /// compiled as <see cref="Compile"/> does, and a malformed one throws <see cref="ArgumentException"/>.
    /// </summary>
    public static PatternEntry Entry(string ruleId, string pattern, bool ignoreCase, bool multiline, Anchor anchor, string? replacement)
    {
        var options = OptionsFor(ignoreCase, multiline);
        var (run, runOptions) = AsRun(pattern, options);
        return ShippedPatterns.Has(run, runOptions, Budget)
            ? PatternEntry.Known(ruleId, pattern, options, Budget, anchor, replacement)
            : new PatternEntry(ruleId, new Regex(pattern, options, Budget), anchor, replacement);
    }

    private static RegexOptions OptionsFor(bool ignoreCase, bool multiline) =>
        RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : 0) | (multiline ? RegexOptions.Multiline : 0);

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        if (_entries.Length == 0) return;
        var text = context.Text;
        var run = new bool[_entries.Length];
        foreach (var p in _unfiltered) run[p] = true;
        if (_literals is { } automaton)
        {
            var seen = new bool[_patternsOfLiteral.Length];
            var state = 0;
            for (var i = automaton.NextEnd(text, 0, ref state); i >= 0; i = automaton.NextEnd(text, i + 1, ref state))
            {
                foreach (var literal in automaton.Outputs(state))
                {
                    if (seen[literal]) continue;
                    seen[literal] = true;
                    foreach (var p in _patternsOfLiteral[literal]) run[p] = true;
                }
            }
        }

        // What each rule has left of its limit on this article, and whether it has been left out of it.
        var left = new TimeSpan[_rules];
        Array.Fill(left, LimitFor(text.Length));
        var abandoned = new bool[_rules];
        for (var p = 0; p < _entries.Length; p++)
        {
            var rule = _ruleOf[p];
            if (!run[p] || abandoned[rule]) continue;
            // A pattern of a rule that spent its limit without a call running out (the last call ended just past it) does not run.
            if ((_engines[p].Limited && left[rule] <= TimeSpan.Zero) || !Scan(context, p, ref left[rule]))
            {
                abandoned[rule] = true;
                Abandon(context, _entries[p]);
            }
        }
    }

    /// <summary>Runs pattern <paramref name="p"/>; false when it ran out of its rule's time.</summary>
    private bool Scan(ScanContext context, int p, ref TimeSpan left)
    {
        var entry = _entries[p];
        var engines = _engines[p];
        var firstFact = context.Facts.Count;
        if (engines.Fallback is null) return Collect(context, entry, engines.Leading, engines.Ran(), engines.Limited ? left : null, ref left);

        // The first engine gets its budget, or what the rule has left if that is less; only running out of the budget sends the pattern on.
        var budget = engines.FirstLimit < left ? engines.FirstLimit : left;
        var ruleLimited = budget == left;
        if (Collect(context, entry, engines.Leading, engines.Ran(), budget, ref left)) return true;
        if (ruleLimited || left <= TimeSpan.Zero) return false;

        context.Facts.RemoveRange(firstFact, context.Facts.Count - firstFact);
        var fallback = engines.Fallback.Value;
        return Collect(context, entry, engines.Leading, fallback, fallback.Linear ? null : left, ref left);
    }

    /// <summary>Leaves <paramref name="entry"/>'s rule out of this article: its matches go, and the timeout is reported.</summary>
    private static void Abandon(ScanContext context, PatternEntry entry)
    {
        context.RemoveMatchesOf(entry.RuleId);
        context.Facts.Add(new Facts.PatternTimeout(entry.RuleId, entry.Pattern));
    }

    /// <summary>
    /// Adds the pattern's matches, each match call allowed what is left of <paramref name="limit"/>
    /// (no limit when null); the time taken comes off <paramref name="left"/>. False when the limit ran out.
    /// With a <paramref name="leading"/> run, the engine's pattern matches only where it is started,
    /// and is started where the run says a match could begin.
    /// </summary>
    private static bool Collect(ScanContext context, PatternEntry entry, LeadingRun? leading, Engine engine, TimeSpan? limit, ref TimeSpan left)
    {
        var text = context.Text;
        var regex = engine.Rent();
        var start = Stopwatch.GetTimestamp();
        try
        {
            if (leading is not null)
            {
                var cursor = new LeadingRun.Cursor(leading, text);
                Func<int, Match> tryAt = at =>
                {
                    regex.Allow(limit, start);
                    return regex.Match(text, at);
                };
                while (cursor.NextMatch(tryAt, out var m)) Add(context, entry, m);

                return true;
            }

            regex.Allow(limit, start);
            for (var m = regex.Match(text); m.Success; regex.Allow(limit, start), m = m.NextMatch()) Add(context, entry, m);
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        finally
        {
            if (limit is not null) left -= Stopwatch.GetElapsedTime(start);
            engine.Return(regex);
        }
    }

    /// <summary>Adds match <paramref name="m"/> of <paramref name="entry"/>, unless it is empty or stands where the rule does not look.</summary>
    private static void Add(ScanContext context, PatternEntry entry, Match m)
    {
        if (m.Length == 0 || !context.Satisfies(entry.Anchor, m.Index, m.Length)) return;
        context.Facts.Add(new Facts.Match(entry.RuleId, m.Index, m.Length, m.Value)
        {
            ParagraphIndex = context.ParagraphAt(m.Index),
            SentenceIndex = context.SentenceAt(m.Index),
            InHeadline = context.InHeadline(m.Index),
            Replacement = entry.Replacement is null ? null : m.Result(entry.Replacement),
            Detail = entry.Detail,
        });
    }

    /// <summary>
    /// The engines of one pattern. The one it runs on: the regex as compiled, until it has run on
    /// <see cref="HotRuns"/> articles, then the same pattern compiled to IL (built in the background;
    /// the same backtracking engine, so the same matches, several times faster). And the one it goes
    /// to when the backtracking interpreter runs past its budget: the same pattern compiled to IL,
    /// with what is left of the rule's limit, built when first needed.
    /// </summary>
    private sealed class Engines
    {
        private const int HotRuns = 16;

        private Engine _current;
        private int _runs;

        public Engines(PatternEntry entry, Func<string, RegexOptions, Func<Regex>?> code)
        {
            Leading = LeadingRun.Of(entry.Pattern, entry.Options);
            var (pattern, options) = AsRun(entry.Pattern, entry.Options, Leading);
            var timeout = entry.Timeout;
            var generated = code(pattern, options);
            _current = generated is null ? new Engine(pattern, options, timeout) : new Engine(pattern, options, timeout, generated);
            FirstLimit = timeout;
            // A pattern as given without a limit keeps running without one.
            Limited = !_current.Linear && timeout != Regex.InfiniteMatchTimeout;
            // Already compiled (to IL, or to code at build time), or linear-time: nothing faster to build.
            if ((options & (RegexOptions.Compiled | RegexOptions.NonBacktracking)) != 0 || generated is not null) _runs = int.MinValue;
            // Code built ahead runs with what its rule has left from the start: there is nothing to go on to.
            if (!Limited || timeout >= Timeout || generated is not null) return;
            Fallback = new Lazy<Engine>(() => new Engine(pattern, options | RegexOptions.Compiled, Timeout, build: true));
        }

        /// <summary>The pattern's leading run, when it has one: then every engine runs the pattern anchored where it is started.</summary>
        public LeadingRun? Leading { get; }

        /// <summary>Whether the pattern's backtracking counts against its rule's limit.</summary>
        public bool Limited { get; }

        /// <summary>How long the first engine may run on one article before the pattern goes to <see cref="Fallback"/>.</summary>
        public TimeSpan FirstLimit { get; }

        /// <summary>Where the pattern goes when the first engine runs past <see cref="FirstLimit"/>, or null if it goes nowhere.</summary>
        public Lazy<Engine>? Fallback { get; }

        /// <summary>Counts a run and gives the engine for it; the run that makes the pattern hot starts compiling it.</summary>
        public Engine Ran()
        {
            var current = Volatile.Read(ref _current);
            if (Interlocked.Increment(ref _runs) == HotRuns)
                Task.Run(() => Volatile.Write(ref _current, current.Compiled()));
            return current;
        }
    }

    /// <summary>
    /// A pattern compiled one way, with as many instances as threads scan with it at once: each
    /// match call's time limit is set on the instance just before the call, so no two threads share
    /// one. Compiled to IL, the instances share the code of the first: the pattern is compiled once,
    /// however many threads run it. With code generated at build time, they all run that.
    /// </summary>
    private sealed class Engine
    {
        private readonly ConcurrentBag<LimitedRegex> _free = [];

        // One instance kept outside the bag: with a thread or two scanning, renting is an exchange, no bag and no lock.
        private LimitedRegex? _spare;
        private readonly string _pattern;
        private readonly RegexOptions _options;
        private readonly TimeSpan _timeout;

        // The source-generated regex whose code the instances run, made when the first instance is.
        private readonly Func<Regex>? _generated;
        private Regex? _template;

        // The code the instances run when compiled to IL: that of the first instance.
        private RegexRunnerFactory? _code;

        /// <summary>Creates the engine; with <paramref name="build"/>, builds its first instance now (to find out whether it can).</summary>
        public Engine(string pattern, RegexOptions options, TimeSpan timeout, bool build = false)
        {
            _pattern = pattern;
            _options = options;
            _timeout = timeout;
            if (!build) return;
            var first = new LimitedRegex(pattern, options, timeout);
            if ((options & RegexOptions.Compiled) != 0) _code = first.Code;
            _free.Add(first);
        }

        /// <summary>Creates an engine whose instances run the code of <paramref name="generated"/>.</summary>
        public Engine(string pattern, RegexOptions options, TimeSpan timeout, Func<Regex> generated)
            : this(pattern, options, timeout) => _generated = generated;

        /// <summary>Whether this is the linear-time engine, which needs no limit.</summary>
        public bool Linear => (_options & RegexOptions.NonBacktracking) != 0;

        public LimitedRegex Rent() => Interlocked.Exchange(ref _spare, null) ?? (_free.TryTake(out var regex) ? regex : Create());

        public void Return(LimitedRegex regex)
        {
            if (Interlocked.CompareExchange(ref _spare, regex, null) is not null) _free.Add(regex);
        }

        /// <summary>The same pattern compiled to IL, with one instance built.</summary>
        public Engine Compiled() => new(_pattern, _options | RegexOptions.Compiled, _timeout, build: true);

        // Built with its limit, not without: code compiled without a limit never checks the clock.
        private LimitedRegex Create()
        {
            if (_generated is not null)
            {
                // Made once, or by two threads at once to the same effect: the generated regex is one per pattern.
                var template = _template ??= _generated();
                if (ShippedPatterns.CodeOf(template) is { } generatedCode) return new LimitedRegex(template, generatedCode, _timeout);
            }

            if (_code is null) return new LimitedRegex(_pattern, _options, _timeout);
            var regex = new LimitedRegex(_pattern, _options & ~RegexOptions.Compiled, _timeout);
            regex.Run(_code);
            return regex;
        }
    }

    /// <summary>A regex whose time limit can be changed between match calls.</summary>
    private sealed class LimitedRegex : Regex
    {
        // The group numbering a regex keeps in protected fields, read from a generated regex (which
        // is not a LimitedRegex, so only reflection reaches them) to set up an instance that runs its code.
        private static readonly FieldInfo[] GroupFields =
            new[] { "capsize", "caps", "capnames", "capslist" }.Select(f => typeof(Regex).GetField(f, BindingFlags.Instance | BindingFlags.NonPublic)!).ToArray();

        public LimitedRegex(string pattern, RegexOptions options, TimeSpan timeout)
            : base(pattern, options, timeout)
        {
        }

        /// <summary>
        /// An instance that runs <paramref name="code"/>, the code generated for <paramref name="generated"/>,
        /// set up as the generated regex sets itself up: its pattern, options and groups are taken
        /// over, not worked out again from the pattern (which would parse and analyse it for an
        /// interpreter that never runs).
        /// </summary>
        public LimitedRegex(Regex generated, RegexRunnerFactory code, TimeSpan timeout)
        {
            pattern = generated.ToString();
            roptions = generated.Options;
            internalMatchTimeout = timeout;
            factory = code;
            capsize = (int)GroupFields[0].GetValue(generated)!;
            caps = (Hashtable?)GroupFields[1].GetValue(generated);
            capnames = (Hashtable?)GroupFields[2].GetValue(generated);
            capslist = (string[]?)GroupFields[3].GetValue(generated);
        }

        /// <summary>The code this instance runs: where its runners come from.</summary>
        public RegexRunnerFactory? Code => factory;

        /// <summary>
        /// Runs <paramref name="code"/>, compiled for the same pattern and options (to IL, or at build
        /// time): the runners come from it, and each call still keeps to this instance's own limit.
        /// </summary>
        public void Run(RegexRunnerFactory code) => factory = code;

        /// <summary>Sets the limit of the next match call to what is left of <paramref name="limit"/> since <paramref name="start"/> (none when null).</summary>
        public void Allow(TimeSpan? limit, long start)
        {
            if (limit is not { } l) return;
            var left = l - Stopwatch.GetElapsedTime(start);
            // A limit is at least a millisecond: .NET treats zero as "already out of time" only at its first check.
            internalMatchTimeout = left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1);
        }
    }

    /// <summary>
    /// Works out from a pattern's text a set of literal strings such that every match contains at
    /// least one of them (compared after <see cref="FoldTable"/>), or null when it cannot tell.
    /// Only the common syntax is understood; anything else (inline options, conditionals,
    /// balancing groups, class subtraction) gives null, so the pattern always runs. Lookarounds,
    /// backreferences, atomic groups and \G are understood: they add nothing known to a match.
    /// </summary>
    private sealed class RequiredLiterals
    {
        private const int MaxStrings = 64;
        private const int MaxLength = 24;
        private const int MaxClass = 12;

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

        private RequiredLiterals(string pattern, bool ignoreCase)
        {
            _p = pattern;
            _ignoreCase = ignoreCase;
        }

        /// <summary>
        /// What a piece of pattern can match: exactly one of <c>Exact</c> when known; surely one of
        /// <c>Required</c> inside it; and, for a repetition, one of <c>Ends</c> at its start and at its end.
        /// </summary>
        private readonly record struct Info(HashSet<string>? Exact, HashSet<string>? Required, HashSet<string>? Ends = null)
        {
            public static Info Any => new(null, null);

            public HashSet<string>? Requirement => Required ?? NonEmpty(Exact);
        }

        public static string[]? Of(string pattern, bool ignoreCase)
        {
            try
            {
                var analysis = new RequiredLiterals(pattern, ignoreCase);
                var info = analysis.Alternation();
                return analysis._i == pattern.Length ? info.Requirement?.ToArray() : null;
            }
            catch (NotSupportedException)
            {
                return null;
            }
            catch (IndexOutOfRangeException)
            {
                return null;
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
            HashSet<string>? exact = [], required = [];
            foreach (var b in branches)
            {
                if (exact is not null && b.Exact is not null) exact.UnionWith(b.Exact);
                else exact = null;
                if (required is not null && b.Requirement is { } r) required.UnionWith(r);
                else required = null;
            }

            return new Info(exact is { Count: <= MaxStrings } ? exact : null, required is { Count: <= MaxStrings } ? required : null);
        }

        private Info Concatenation()
        {
            HashSet<string>? run = Empty;
            HashSet<string>? best = null;
            var allExact = true;
            var items = 0;
            Info only = default;
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
                        run = item.Exact;
                    }
                    else
                    {
                        run = product;
                    }

                    continue;
                }

                allExact = false;
                best = Better(Better(best, NonEmpty(run)), item.Required);
                // A repetition starts and ends with one of its exact forms, which join the strings around it.
                if (item.Ends is { } ends)
                {
                    best = Better(best, NonEmpty(Product(run!, ends)));
                    run = ends;
                }
                else
                {
                    run = Empty;
                }
            }

            if (items == 1) return only;
            best = Better(best, NonEmpty(run));
            return new Info(allExact ? run : null, best);
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
            if (min == 0)
                return new Info(max == 1 && atom.Exact is not null ? [.. atom.Exact, ""] : null, null);
            var power = atom.Exact;
            for (var k = 1; k < min && power is not null; k++) power = Product(power, atom.Exact!);
            return new Info(min == max ? power : null, Better(atom.Requirement, NonEmpty(power)), min == max ? null : NonEmpty(atom.Exact));
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
                    return new Info(Empty, null);
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
            return new Info(Empty, null);
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
                    return new Info(Empty, null);
                case 'G':
                    return new Info(Empty, null);
                case 'k':
                    // \k<name> or \k'name': the text a group matched, unknown here.
                    var close = Peek == '<' ? '>' : Peek == '\'' ? '\'' : throw new NotSupportedException();
                    var end = _p.IndexOf(close, _i + 1);
                    if (end < 0) throw new NotSupportedException();
                    _i = end + 1;
                    return Info.Any;
                case >= '1' and <= '9':
                    // A backreference: the text its group matched, unknown here.
                    while (Peek is >= '0' and <= '9') _i++;
                    return Info.Any;
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

        /// <summary>Of two requirements the more selective: longer shortest string, then fewer strings.</summary>
        private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
        {
            if (a is null) return b;
            if (b is null) return a;
            int la = a.Min(s => s.Length), lb = b.Min(s => s.Length);
            if (la != lb) return la > lb ? a : b;
            return b.Count < a.Count ? b : a;
        }
    }
}
