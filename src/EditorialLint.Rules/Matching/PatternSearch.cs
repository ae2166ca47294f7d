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
/// that character, which gives .NET's matches at a small part of the cost. Likewise a pattern
/// every match of which holds one of some strings near its start (<see cref="LiteralWindow"/>) is
/// tried, anchored, only a few places before each of them, which the literal search finds.
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
    // For each literal, its length, and its place among the strings of windows, or -1 (for those every
    // occurrence counts, not only the first).
    private readonly int[] _literalLength;
    private readonly int[] _windowSlot;
    private readonly int _windowStrings;
    // For each pattern with a window, the places of its strings among them.
    private readonly int[]?[] _windowSlotsOf;

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
        var windowSlot = new List<int>();
        var windowStrings = 0;
        _windowSlotsOf = new int[]?[_entries.Length];
        int Id(string literal)
        {
            if (!literalIds.TryGetValue(literal, out var id))
            {
                id = literals.Count;
                literalIds[literal] = id;
                literals.Add(literal);
                patternsOfLiteral.Add([]);
                windowSlot.Add(-1);
            }

            return id;
        }

        for (var p = 0; p < _entries.Length; p++)
        {
            var entry = _entries[p];
            if (_engines[p].Window is { } window)
            {
                _windowSlotsOf[p] = window.Strings.Select(s =>
                {
                    var id = Id(s);
                    if (windowSlot[id] < 0) windowSlot[id] = windowStrings++;
                    return windowSlot[id];
                }).ToArray();
            }

            var required = (entry.Options & ~(RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)) == 0
                ? RequiredLiterals.Of(entry.Pattern, (entry.Options & RegexOptions.IgnoreCase) != 0)
                : null;
            if (required is null)
            {
                unfiltered.Add(p);
                continue;
            }

            foreach (var literal in required) patternsOfLiteral[Id(literal)].Add(p);
        }

        _unfiltered = unfiltered.ToArray();
        _literalLength = literals.Select(l => l.Length).ToArray();
        _windowSlot = windowSlot.ToArray();
        _windowStrings = windowStrings;
        _patternsOfLiteral = patternsOfLiteral.Select(l => l.ToArray()).ToArray();
        _literals = literals.Count == 0 ? null : new TermSearch.Automaton(literals, RequiredLiterals.FoldTable.Value);
    }

    /// <summary>Number of patterns.</summary>
    public int Count => _entries.Length;

    /// <summary>The patterns, in the order they run.</summary>
    internal IReadOnlyList<PatternEntry> Entries => _entries;

    /// <summary>
    /// The pattern and options an engine runs for <paramref name="regex"/>: the pattern anchored
    /// with <c>\G</c> when it has a leading run (<see cref="LeadingRun"/>) or a window
    /// (<see cref="LiteralWindow"/>), else as written.
    /// </summary>
    internal static (string Pattern, RegexOptions Options) AsRun(Regex regex) => AsRun(regex.ToString(), regex.Options);

    /// <summary>The pattern and options an engine runs for <paramref name="pattern"/> with <paramref name="options"/>.</summary>
    internal static (string Pattern, RegexOptions Options) AsRun(string pattern, RegexOptions options)
    {
        var leading = LeadingRun.Of(pattern, options);
        return AsRun(pattern, options, leading is not null || LiteralWindow.Of(pattern, options) is not null);
    }

    private static (string Pattern, RegexOptions Options) AsRun(string pattern, RegexOptions options, bool anchored) =>
        (anchored ? LeadingRun.Anchored(pattern) : pattern, options);

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
        // Where the strings of windows start, by their place among them.
        List<int>?[]? occurrences = null;
        if (_literals is { } automaton)
        {
            var seen = new bool[_patternsOfLiteral.Length];
            var state = 0;
            for (var i = automaton.NextEnd(text, 0, ref state); i >= 0; i = automaton.NextEnd(text, i + 1, ref state))
            {
                foreach (var literal in automaton.Outputs(state))
                {
                    if (_windowSlot[literal] is >= 0 and var slot)
                    {
                        occurrences ??= new List<int>?[_windowStrings];
                        (occurrences[slot] ??= []).Add(i - _literalLength[literal] + 1);
                    }

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
            var starts = _windowSlotsOf[p] is { } windowSlots ? StartsOf(windowSlots, occurrences) : null;
            // A pattern none of whose window's strings is in the article has no match in it.
            if (starts is { Count: 0 }) continue;
            if ((_engines[p].Limited && left[rule] <= TimeSpan.Zero) || !Scan(context, p, starts, ref left[rule]))
            {
                abandoned[rule] = true;
                Abandon(context, _entries[p]);
            }
        }
    }

    /// <summary>The starts, in order, of the window strings at <paramref name="slots"/> in the article.</summary>
    private static List<int> StartsOf(int[] slots, List<int>?[]? occurrences)
    {
        if (occurrences is null) return [];
        List<int>? starts = null;
        var merged = false;
        foreach (var slot in slots)
        {
            if (occurrences[slot] is not { } found) continue;
            if (starts is null)
            {
                starts = found;
                continue;
            }

            if (!merged) starts = [.. starts];
            merged = true;
            starts.AddRange(found);
        }

        if (starts is null) return [];
        // One literal's starts come in order; strings of different lengths ending in turn may not.
        if (merged || !IsSorted(starts)) starts.Sort();
        return starts;

        static bool IsSorted(List<int> list)
        {
            for (var k = 1; k < list.Count; k++)
                if (list[k] < list[k - 1]) return false;
            return true;
        }
    }

    /// <summary>Runs pattern <paramref name="p"/>, from <paramref name="starts"/> when it has a window; false when it ran out of its rule's time.</summary>
    private bool Scan(ScanContext context, int p, List<int>? starts, ref TimeSpan left)
    {
        var entry = _entries[p];
        var engines = _engines[p];
        var firstFact = context.Facts.Count;
        var search = new Search(engines.Leading, engines.Window, starts);
        if (engines.Fallback is null) return Collect(context, entry, search, engines.Ran(), engines.Limited ? left : null, ref left);

        // The first engine gets its budget, or what the rule has left if that is less; only running out of the budget sends the pattern on.
        var budget = engines.FirstLimit < left ? engines.FirstLimit : left;
        var ruleLimited = budget == left;
        if (Collect(context, entry, search, engines.Ran(), budget, ref left)) return true;
        if (ruleLimited || left <= TimeSpan.Zero) return false;

        context.Facts.RemoveRange(firstFact, context.Facts.Count - firstFact);
        var fallback = engines.Fallback.Value;
        return Collect(context, entry, search, fallback, fallback.Linear ? null : left, ref left);
    }

    /// <summary>How a pattern is searched: from the starts of its leading run, from the places before its window's strings, or by .NET.</summary>
    private readonly record struct Search(LeadingRun? Leading, LiteralWindow? Window, List<int>? Starts);

    /// <summary>Leaves <paramref name="entry"/>'s rule out of this article: its matches go, and the timeout is reported.</summary>
    private static void Abandon(ScanContext context, PatternEntry entry)
    {
        context.RemoveMatchesOf(entry.RuleId);
        context.Facts.Add(new Facts.PatternTimeout(entry.RuleId, entry.Pattern));
    }

    /// <summary>
    /// Adds the pattern's matches, each match call allowed what is left of <paramref name="limit"/>
    /// (no limit when null); the time taken comes off <paramref name="left"/>. False when the limit ran out.
    /// With a leading run or a window, the engine's pattern matches only where it is started, and is
    /// started where the run or the window says a match could begin.
    /// </summary>
    private static bool Collect(ScanContext context, PatternEntry entry, Search search, Engine engine, TimeSpan? limit, ref TimeSpan left)
    {
        var text = context.Text;
        var regex = engine.Rent();
        var start = Stopwatch.GetTimestamp();
        var firstFact = context.Facts.Count;
        try
        {
            if (search.Window is { } window)
            {
                var tryAt = regex.Anchored(text, limit, start);
                var cursor = new LiteralWindow.Cursor(window, search.Starts!);
                while (cursor.NextMatch(tryAt, out var m)) Add(context, entry, m);
                return true;
            }

            if (search.Leading is { } leading)
            {
                var tryAt = regex.Anchored(text, limit, start);
                var cursor = new LeadingRun.Cursor(leading, text);
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
        catch (IndexOutOfRangeException) when (search.Leading is not null || search.Window is not null)
        {
            // .NET's backtracking interpreter can fail on a pattern made to match only where it is
            // started, as with some lookbehinds holding lazy loops; the pattern as written has the same
            // matches, and is searched as .NET searches it.
            context.Facts.RemoveRange(firstFact, context.Facts.Count - firstFact);
            return CollectAsWritten(context, entry);
        }
        finally
        {
            if (limit is not null) left -= Stopwatch.GetElapsedTime(start);
            regex.Release();
            engine.Return(regex);
        }
    }

    /// <summary>Adds the matches of <paramref name="entry"/>'s pattern as written, each match call within its own time limit; false when one ran out.</summary>
    private static bool CollectAsWritten(ScanContext context, PatternEntry entry)
    {
        try
        {
            for (var m = entry.Regex.Match(context.Text); m.Success; m = m.NextMatch()) Add(context, entry, m);
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
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
            Window = Leading is null ? LiteralWindow.Of(entry.Pattern, entry.Options) : null;
            var (pattern, options) = AsRun(entry.Pattern, entry.Options, Leading is not null || Window is not null);
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

        /// <summary>The pattern's window, when it has one and no leading run: then, too, every engine runs it anchored.</summary>
        public LiteralWindow? Window { get; }

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

        // What an anchored search matches from a position: the text, the limit and when it started.
        private string _text = "";
        private TimeSpan? _limit;
        private long _start;
        private Func<int, Match>? _matchAt;

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

        /// <summary>
        /// The match of this (anchored) pattern in <paramref name="text"/> from a position, each call
        /// allowed what is left of <paramref name="limit"/> since <paramref name="start"/>: one delegate
        /// per instance, for the thread that rented it, until <see cref="Release"/>.
        /// </summary>
        public Func<int, Match> Anchored(string text, TimeSpan? limit, long start)
        {
            (_text, _limit, _start) = (text, limit, start);
            return _matchAt ??= at =>
            {
                Allow(_limit, _start);
                return Match(_text, at);
            };
        }

        /// <summary>Lets go of the text of the last search, so an instance waiting in the pool holds no article.</summary>
        public void Release() => _text = "";

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
}
