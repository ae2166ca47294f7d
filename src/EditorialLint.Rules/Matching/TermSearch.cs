using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// Every literal term of every rule in one Aho-Corasick automaton: one pass over the text
/// whatever the number of terms. Hits count at word boundaries only.
/// </summary>
public sealed class TermSearch : IScanner
{
    private readonly TermEntry[] _entries;
    private readonly int[][] _outputs;
    private readonly Dictionary<char, int>[] _goto;
    private readonly int[] _fail;

    /// <summary>Builds the automaton over <paramref name="entries"/>.</summary>
    public TermSearch(IReadOnlyList<TermEntry> entries)
    {
        _entries = entries.ToArray();
        var gotoList = new List<Dictionary<char, int>> { new() };
        var outputs = new List<List<int>> { new() };
        for (var e = 0; e < _entries.Length; e++)
        {
            var state = 0;
            foreach (var raw in _entries[e].Term)
            {
                var c = Fold(raw);
                if (!gotoList[state].TryGetValue(c, out var next))
                {
                    next = gotoList.Count;
                    gotoList.Add(new Dictionary<char, int>());
                    outputs.Add(new List<int>());
                    gotoList[state][c] = next;
                }

                state = next;
            }

            outputs[state].Add(e);
        }

        _goto = gotoList.ToArray();
        _fail = new int[_goto.Length];
        var queue = new Queue<int>();
        foreach (var (_, s) in _goto[0])
        {
            _fail[s] = 0;
            queue.Enqueue(s);
        }

        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            foreach (var (c, s) in _goto[r])
            {
                queue.Enqueue(s);
                var f = _fail[r];
                while (f != 0 && !_goto[f].ContainsKey(c)) f = _fail[f];
                _fail[s] = _goto[f].TryGetValue(c, out var t) && t != s ? t : 0;
                outputs[s].AddRange(outputs[_fail[s]]);
            }
        }

        _outputs = outputs.Select(o => o.ToArray()).ToArray();
    }

    /// <summary>Number of terms.</summary>
    public int Count => _entries.Length;

    /// <inheritdoc />
    public void Scan(ScanContext context)
    {
        if (_entries.Length == 0) return;
        var text = context.Text;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            while (state != 0 && !_goto[state].ContainsKey(c)) state = _fail[state];
            state = _goto[state].TryGetValue(c, out var next) ? next : 0;
            foreach (var e in _outputs[state])
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
}
