using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// Every literal term of every rule in one Aho-Corasick automaton: one pass over the text
/// whatever the number of terms. Hits count at word boundaries only.
/// </summary>
public sealed class TermSearch : IScanner
{
    // Curly quotes fold to straight ones and letters to lower case, so one automaton serves
    // case-sensitive and case-insensitive terms alike; hits are checked against the term after.
    private static readonly Lazy<char[]> FoldTable = new(() => Automaton.BuildFoldTable(Fold));

    private readonly TermEntry[] _entries;
    private readonly Automaton _automaton;

    /// <summary>Builds the automaton over <paramref name="entries"/>.</summary>
    public TermSearch(IReadOnlyList<TermEntry> entries)
    {
        _entries = entries.ToArray();
        _automaton = new Automaton(_entries.Select(e => e.Term).ToArray(), _entries.Length == 0 ? [] : FoldTable.Value);
    }

    /// <summary>Number of terms.</summary>
    public int Count => _entries.Length;

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        if (_entries.Length == 0) return;
        var text = context.Text;
        var automaton = _automaton;
        var state = 0;
        for (var i = automaton.NextEnd(text, 0, ref state); i >= 0; i = automaton.NextEnd(text, i + 1, ref state))
        {
            foreach (var e in automaton.Outputs(state))
            {
                var entry = _entries[e];
                var length = entry.Term.Length;
                var start = i + 1 - length;
                if (!AtBoundaries(text, start, length)) continue;
                if (!entry.IgnoreCase && string.CompareOrdinal(text, start, entry.Term, 0, length) != 0) continue;
                if (!context.Satisfies(entry.Anchor, start, length)) continue;
                context.Facts.Add(new Match(entry.RuleId, start, length, text.Substring(start, length))
                {
                    ParagraphIndex = context.ParagraphAt(start),
                    SentenceIndex = context.SentenceAt(start),
                    InHeadline = context.InHeadline(start),
                    Replacement = entry.Replacement,
                    Group = entry.Group,
                    Variant = entry.Variant,
                    Detail = entry.Detail,
                });
            }
        }
    }

    private static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u201C' or '\u201D' => '"',
        _ => char.ToLowerInvariant(c),
    };

    private static bool AtBoundaries(string text, int start, int length)
    {
        if (Tokenizer.IsWordChar(text, start) && start > 0 && Tokenizer.IsWordChar(text, start - 1)) return false;
        var end = start + length;
        return !(Tokenizer.IsWordChar(text, end - 1) && end < text.Length && Tokenizer.IsWordChar(text, end));
    }

    /// <summary>
    /// An Aho-Corasick automaton over folded characters, stored flat: a character-to-class table
    /// (one lookup folds and classifies a character), a dense transition row for the root, sorted
    /// edge lists for the other states, failure links, and per state the keywords ending there,
    /// longest first. A character that occurs in no keyword sends the automaton back to the root.
    /// In the transition table a state where some keyword ends is stored complemented (negative), so
    /// that <see cref="NextEnd"/> reads a text with one table look-up and one sign test per character.
    /// </summary>
    internal sealed class Automaton
    {
        // The largest transition table built (16 MB: a 5,000-name dictionary's, about 9 MB, fits, and
        // is read with one look-up per character); a larger automaton has rows for the states a
        // breadth-first walk reaches first, and searches the edges of the deeper ones.
        private const int MaxTableEntries = 1 << 22;

        private static readonly int[] NoOutputs = [];

        private readonly ushort[] _class;
        private readonly int[] _root;
        private readonly int[] _edgeStart;
        private readonly ushort[] _edgeClass;
        private readonly int[] _edgeTarget;
        private readonly int[] _fail;
        private readonly int[][] _outputs;

        // The transitions of every state on every class, fail links followed in advance: one look-up
        // per character instead of a search per state. Every state has a row when the table is small
        // enough (most rule sets); else the shallow states have (_row), where the text keeps the
        // automaton most of the time, and a deeper state searches its edges until its fail link
        // reaches a state with a row.
        private readonly int[] _table;
        private readonly int[]? _row;
        private readonly int _classes;

        /// <summary>Builds the automaton; <paramref name="fold"/> maps every UTF-16 unit to its folded form.</summary>
        /// <remarks>
        /// Built with arrays and the tool's own small tables, not the framework's dictionaries and
        /// queues over characters and numbers: those are compiled at run time, unoptimised at first,
        /// on the way to a run's first article, where this code comes compiled ahead of time.
        /// </remarks>
        public Automaton(IReadOnlyList<string> keywords, char[] fold)
        {
            // The folded characters the keywords use, numbered from 1 in the order they first appear.
            var classOfFolded = new ushort[char.MaxValue + 1];
            var classCount = 0;
            var length = 0;
            foreach (var keyword in keywords)
            {
                length += keyword.Length;
                foreach (var c in keyword)
                {
                    var f = fold[c];
                    if (classOfFolded[f] != 0) continue;
                    if (classCount == ushort.MaxValue - 1) throw new InvalidOperationException("too many distinct characters in terms");
                    classOfFolded[f] = (ushort)++classCount;
                }
            }

            _class = new ushort[fold.Length == 0 ? 0 : char.MaxValue + 1];
            for (var c = 0; c < fold.Length; c++) _class[c] = classOfFolded[fold[c]];
            _classes = classCount + 1;

            // The trie: a state is made for each new prefix; its parent and the class of the edge into it are kept.
            var edges = new EdgeTable(length + 1);
            var parent = new int[length + 1];
            var inClass = new ushort[length + 1];
            var endOf = new int[keywords.Count];
            var states = 1;
            for (var k = 0; k < keywords.Count; k++)
            {
                var state = 0;
                foreach (var c in keywords[k])
                {
                    var a = classOfFolded[fold[c]];
                    var next = edges.Find(state, a);
                    if (next < 0)
                    {
                        next = states++;
                        parent[next] = state;
                        inClass[next] = a;
                        edges.Add(state, a, next);
                    }

                    state = next;
                }

                endOf[k] = state;
            }

            // Each state's edges, in class order: the children sorted by class, then (stably) by parent.
            var children = new int[states - 1];
            for (var s = 1; s < states; s++) children[s - 1] = s;
            var (byClass, _) = CountingOrder(_classes, s => inClass[s], children);
            (var byParent, _edgeStart) = CountingOrder(states, s => parent[s], byClass);
            _edgeClass = new ushort[byParent.Length];
            _edgeTarget = new int[byParent.Length];
            for (var e = 0; e < byParent.Length; e++)
            {
                _edgeClass[e] = inClass[byParent[e]];
                _edgeTarget[e] = byParent[e];
            }

            _root = new int[_classes];
            for (var e = _edgeStart[0]; e < _edgeStart[1]; e++) _root[_edgeClass[e]] = _edgeTarget[e];

            // The keywords ending at each state, in their own order.
            var keywordOrder = new int[keywords.Count];
            for (var k = 0; k < keywordOrder.Length; k++) keywordOrder[k] = k;
            var (endsAt, ownStart) = CountingOrder(states, k => endOf[k], keywordOrder);

            // Fail links and outputs, breadth first: a state's fail target is shallower, so done before it.
            _fail = new int[states];
            _outputs = new int[states][];
            _outputs[0] = Own(0);
            var queue = new int[states];
            int head = 0, tail = 0;
            for (var e = _edgeStart[0]; e < _edgeStart[1]; e++) queue[tail++] = _edgeTarget[e];
            while (head < tail)
            {
                var s = queue[head++];
                var r = parent[s];
                if (r != 0)
                {
                    var a = inClass[s];
                    var f = _fail[r];
                    int t;
                    while ((t = edges.Find(f, a)) < 0 && f != 0) f = _fail[f];
                    _fail[s] = t >= 0 && t != s ? t : 0;
                }

                var own = Own(s);
                var inherited = _outputs[_fail[s]];
                _outputs[s] = own.Length + inherited.Length == 0 ? NoOutputs : [.. own, .. inherited];
                for (var e = _edgeStart[s]; e < _edgeStart[s + 1]; e++) queue[tail++] = _edgeTarget[e];
            }

            if ((long)states * _classes <= MaxTableEntries)
            {
                _table = Tabulate(states, states, null);
            }
            else
            {
                _row = new int[states];
                _table = Tabulate(states, Math.Max(1, MaxTableEntries / _classes), _row);
            }

            // Rows are copied from fail rows while tabulating, so the marks go on once the table is whole.
            // A whole table holds where each target's row starts (the state times the number of
            // classes), so reading a character is a look-up and an add, with no multiply in the chain
            // of look-ups that carries the state from one character to the next.
            for (var i = 0; i < _table.Length; i++)
            {
                var target = _table[i];
                var entry = _row is null ? target * _classes : target;
                _table[i] = _outputs[target].Length > 0 ? ~entry : entry;
            }

            int[] Own(int state) => ownStart[state] == ownStart[state + 1] ? NoOutputs : endsAt[ownStart[state]..ownStart[state + 1]];
        }

        /// <summary>
        /// <paramref name="items"/> ordered by <paramref name="key"/> (0 to <paramref name="keys"/> − 1),
        /// items of one key keeping their order: one counting pass, whatever the number of keys. Starts[k]
        /// is where key k's items begin in Ordered (Starts[keys] is the count).
        /// </summary>
        private static (int[] Ordered, int[] Starts) CountingOrder(int keys, Func<int, int> key, int[] items)
        {
            var starts = new int[keys + 1];
            foreach (var item in items) starts[key(item) + 1]++;
            for (var k = 0; k < keys; k++) starts[k + 1] += starts[k];
            var next = (int[])starts.Clone();
            var ordered = new int[items.Length];
            foreach (var item in items) ordered[next[key(item)]++] = item;
            return (ordered, starts);
        }

        /// <summary>
        /// The transition table of the first <paramref name="rows"/> of the <paramref name="states"/>
        /// states in breadth-first order, filled in that order: a state's fail target is shallower, so
        /// its row is always done before. With <paramref name="row"/>, the states get rows in that order
        /// and the others -1; without, every state has one, its own number.
        /// </summary>
        private int[] Tabulate(int states, int rows, int[]? row)
        {
            var table = new int[rows * _classes];
            if (row is not null) Array.Fill(row, -1);
            var queue = new int[states];
            int head = 0, tail = 0;
            queue[tail++] = 0;
            var next = 0;
            while (head < tail && next < rows)
            {
                var s = queue[head++];
                var at = row is null ? s : next;
                if (row is not null) row[s] = at;
                next++;
                if (s == 0) _root.CopyTo(table, 0);
                else Array.Copy(table, (row is null ? _fail[s] : row[_fail[s]]) * _classes, table, at * _classes, _classes);
                for (var e = _edgeStart[s]; e < _edgeStart[s + 1]; e++)
                {
                    table[(at * _classes) + _edgeClass[e]] = _edgeTarget[e];
                    queue[tail++] = _edgeTarget[e];
                }
            }

            return table;
        }

        /// <summary>The state after reading <paramref name="c"/> (unfolded) in <paramref name="state"/>.</summary>
        public int Next(int state, char c)
        {
            var a = _class[c];
            if (a == 0) return 0;
            var entry = Unmarked(Step(state, a));
            return _row is null ? entry / _classes : entry;
        }

        /// <summary>
        /// Reads <paramref name="text"/> on from <paramref name="at"/>, starting in <paramref name="state"/>,
        /// to the next character where some keyword ends: gives its index and leaves
        /// <paramref name="state"/> the state there, or gives -1 when the text ends first. The same
        /// states as <see cref="Next"/> character by character, in one loop over the text.
        /// </summary>
        public int NextEnd(string text, int at, ref int state)
        {
            // A keyword may be empty only in theory (terms and literals never are); then the root
            // itself is an end, which the marks in the table cannot say: read one character at a time.
            if (_outputs[0].Length > 0) return NextEndByStep(text, at, ref state);
            var classOf = _class;
            var s = state;
            if (_row is null)
            {
                var table = _table;
                var classes = _classes;
                var rowStart = s * classes;
                for (var i = at; i < text.Length; i++)
                {
                    var a = classOf[text[i]];
                    if (a == 0)
                    {
                        rowStart = 0;
                        continue;
                    }

                    rowStart = table[rowStart + a];
                    if (rowStart < 0)
                    {
                        state = ~rowStart / classes;
                        return i;
                    }
                }

                state = rowStart / classes;
                return -1;
            }
            else
            {
                for (var i = at; i < text.Length; i++)
                {
                    var a = classOf[text[i]];
                    if (a == 0)
                    {
                        s = 0;
                        continue;
                    }

                    s = Step(s, a);
                    if (s < 0)
                    {
                        state = ~s;
                        return i;
                    }
                }
            }

            state = s;
            return -1;
        }

        /// <summary>
        /// The state after class <paramref name="a"/> (not 0) in <paramref name="state"/>, complemented
        /// when some keyword ends there: from the table where the state has a row, else by its edges
        /// and fail links down to a state that has one. From a whole table, the state's row start.
        /// </summary>
        private int Step(int state, ushort a)
        {
            if (_row is null) return _table[(state * _classes) + a];
            while (true)
            {
                var row = _row[state];
                if (row >= 0) return _table[(row * _classes) + a];
                int lo = _edgeStart[state], hi = _edgeStart[state + 1] - 1;
                while (lo <= hi)
                {
                    var mid = (lo + hi) >>> 1;
                    var m = _edgeClass[mid];
                    if (m == a)
                    {
                        var target = _edgeTarget[mid];
                        return _outputs[target].Length > 0 ? ~target : target;
                    }

                    if (m < a) lo = mid + 1;
                    else hi = mid - 1;
                }

                state = _fail[state];
            }
        }

        private int NextEndByStep(string text, int at, ref int state)
        {
            for (var i = at; i < text.Length; i++)
            {
                state = Next(state, text[i]);
                if (HasOutput(state)) return i;
            }

            return -1;
        }

        /// <summary>Whether every state has a row in the transition table (else only the shallow ones).</summary>
        internal bool TabulatesEveryState => _row is null;

        /// <summary>Whether some keyword ends in <paramref name="state"/>.</summary>
        public bool HasOutput(int state) => _outputs[state].Length > 0;

        /// <summary>The keywords (by index) ending in <paramref name="state"/>, longest first.</summary>
        public int[] Outputs(int state) => _outputs[state];

        private static int Unmarked(int entry) => entry < 0 ? ~entry : entry;

        /// <summary>The trie's edges while it is built: an open-addressed table from (state, class) to the child.</summary>
        private sealed class EdgeTable
        {
            private readonly long[] _keys;
            private readonly int[] _children;
            private readonly int _mask;
            private readonly int _shift;

            public EdgeTable(int edges)
            {
                var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, edges * 2));
                _keys = new long[size];
                _children = new int[size];
                _mask = size - 1;
                _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
            }

            // Classes start at 1, so no key is 0, the mark of an empty slot.
            private static long Key(int state, ushort a) => ((long)state << 16) | a;

            /// <summary>The child of <paramref name="state"/> on class <paramref name="a"/>, or -1.</summary>
            public int Find(int state, ushort a)
            {
                var key = Key(state, a);
                for (var i = Slot(key); ; i = (i + 1) & _mask)
                {
                    if (_keys[i] == key) return _children[i];
                    if (_keys[i] == 0) return -1;
                }
            }

            public void Add(int state, ushort a, int child)
            {
                var key = Key(state, a);
                var i = Slot(key);
                while (_keys[i] != 0) i = (i + 1) & _mask;
                _keys[i] = key;
                _children[i] = child;
            }

            // Fibonacci hashing: the top bits of the key times 2^64 / φ.
            private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> _shift);
        }

        /// <summary>Tabulates <paramref name="fold"/> over every UTF-16 unit.</summary>
        public static char[] BuildFoldTable(Func<char, char> fold)
        {
            var table = new char[char.MaxValue + 1];
            for (var c = 0; c <= char.MaxValue; c++) table[c] = fold((char)c);
            return table;
        }
    }
}
