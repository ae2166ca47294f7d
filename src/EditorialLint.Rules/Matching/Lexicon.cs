using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// Common English words with their classes, read from <c>lexicon/english.tsv</c> (derived from
/// SCOWL and WordNet; see the file's header). Look-ups ignore case and allocate nothing.
/// </summary>
/// <remarks>
/// The words stay where they are in the file's text: an open-addressing table holds each word's
/// place in it. Reading the file so allocates no string per word, which made loading the lexicon a
/// large share of start-up.
/// </remarks>
public sealed class Lexicon
{
    private readonly string _text;
    // The open-addressing table itself: each slot holds its word's place in the text, its classes and
    // part of its hash, so that a look-up reads one slot per probe and the text only for a likely hit.
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>
    /// A word's slot. <see cref="Tag"/> holds the classes in its low byte (never none for a word, so
    /// zero marks an empty slot) and the high bits of the word's hash above them.
    /// </summary>
    private struct Slot
    {
        public int Start;
        public int Length;
        public int Tag;
    }

    private const int ClassBits = 0xFF;

    private Lexicon(string text, int capacity)
    {
        _text = text;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = new Slot[size];
        _mask = size - 1;
    }

    private Lexicon(string text, int count, Slot[] slots)
    {
        _text = text;
        Count = count;
        _slots = slots;
        _mask = slots.Length - 1;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; private set; }

    /// <summary>The classes of <paramref name="word"/>, or <see cref="WordClass.None"/> when it is not a common word.</summary>
    public WordClass Classify(ReadOnlySpan<char> word) => (WordClass)(_slots[Find(word)].Tag & ClassBits);

    /// <summary>Parses the TSV form: <c>word&lt;TAB&gt;classes</c>, <c>#</c> comments.</summary>
    public static Lexicon Parse(string tsv)
    {
        // Lines end as string.EnumerateLines ends them, found with a plain loop: the vectorised
        // search behind EnumerateLines is compiled at run time, and runs unoptimised through start-up.
        var lines = 1;
        foreach (var c in tsv)
        {
            if (IsLineBreak(c)) lines++;
        }

        var lexicon = new Lexicon(tsv, lines);
        var start = 0;
        for (var i = 0; i <= tsv.Length; i++)
        {
            if (i < tsv.Length && !IsLineBreak(tsv[i])) continue;
            lexicon.AddLine(start, i - start);
            if (i + 1 < tsv.Length && tsv[i] == '\r' && tsv[i + 1] == '\n') i++;
            start = i + 1;
        }

        return lexicon;
    }

    /// <summary>Writes the table built from the text (not the text) for <see cref="ReadTable"/>.</summary>
    internal void WriteTable(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(_slots.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
    }

    /// <summary>
    /// The lexicon of <paramref name="text"/> from a table that <see cref="WriteTable"/> wrote for that
    /// same text, held by <paramref name="table"/> from its position to its end and read straight into
    /// the lexicon's own array; null when the table is not of the right shape or points outside the text.
    /// </summary>
    internal static Lexicon? ReadTable(string text, Stream table)
    {
        var length = table.Length - table.Position;
        if (length < 8) return null;
        Span<int> header = stackalloc int[2];
        table.ReadExactly(MemoryMarshal.AsBytes(header));
        var (count, size) = (header[0], header[1]);
        if (count < 0 || size < 16 || !BitOperations.IsPow2(size) || count > size / 2
            || length != 8 + ((long)size * Unsafe.SizeOf<Slot>())) return null;
        var slots = new Slot[size];
        table.ReadExactly(MemoryMarshal.AsBytes(slots.AsSpan()));
        var used = 0;
        foreach (var slot in slots)
        {
            if ((slot.Tag & ClassBits) == 0) continue;
            if (slot.Start < 0 || slot.Length < 0 || slot.Start > text.Length - slot.Length) return null;
            used++;
        }

        return used == count ? new Lexicon(text, count, slots) : null;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private void AddLine(int start, int length)
    {
        var line = _text.AsSpan(start, length);
        if (line.IsEmpty || line[0] == '#') return;
        var tab = line.IndexOf('\t');
        var wordLength = tab < 0 ? line.Length : tab;
        var classes = WordClass.None;
        if (tab >= 0)
        {
            foreach (var c in line[(tab + 1)..])
            {
                classes |= c switch
                {
                    'n' => WordClass.Noun,
                    'v' => WordClass.Verb,
                    'a' => WordClass.Adjective,
                    'r' => WordClass.Adverb,
                    'f' => WordClass.Function,
                    'p' => WordClass.Proper,
                    _ => WordClass.Other,
                };
            }
        }

        if (classes == WordClass.None) classes = WordClass.Other;
        var word = line[..wordLength];
        var hash = WordHash.IgnoringCase(word);
        var slot = Find(word, hash);
        ref var entry = ref _slots[slot];
        if (entry.Tag != 0)
        {
            // A word listed again (in any case) takes its last classes, as a dictionary's indexer would.
            entry.Tag = (entry.Tag & ~ClassBits) | (int)classes;
            return;
        }

        Count++;
        entry = new Slot { Start = start, Length = wordLength, Tag = (hash & ~ClassBits) | (int)classes };
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> word) => Find(word, WordHash.IgnoringCase(word));

    private int Find(ReadOnlySpan<char> word, int hash)
    {
        var slots = _slots;
        var slot = hash & _mask;
        var tag = hash & ~ClassBits;
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Tag == 0) return slot;
            if ((s.Tag & ~ClassBits) == tag && s.Length == word.Length
                && EqualsIgnoringCase(_text.AsSpan(s.Start, word.Length), word)) return slot;
            slot = (slot + 1) & _mask;
        }
    }

    private static bool EqualsIgnoringCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x == y) continue;
            if ((x | y) >= 0x80) return a.Equals(b, StringComparison.OrdinalIgnoreCase);
            if (WordHash.AsciiUpper(x) != WordHash.AsciiUpper(y)) return false;
        }

        return true;
    }
}
