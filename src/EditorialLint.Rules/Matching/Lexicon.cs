using System.Numerics;
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
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly WordClass[] _classes;
    // Slot values are 1 + an entry's index; 0 is an empty slot.
    private readonly int[] _slots;
    private readonly int _mask;

    private Lexicon(string text, int capacity)
    {
        _text = text;
        _starts = new int[capacity];
        _lengths = new int[capacity];
        _classes = new WordClass[capacity];
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = new int[size];
        _mask = size - 1;
    }

    private Lexicon(string text, int count, int[] starts, int[] lengths, WordClass[] classes, int[] slots)
    {
        _text = text;
        Count = count;
        _starts = starts;
        _lengths = lengths;
        _classes = classes;
        _slots = slots;
        _mask = slots.Length - 1;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; private set; }

    /// <summary>The classes of <paramref name="word"/>, or <see cref="WordClass.None"/> when it is not a common word.</summary>
    public WordClass Classify(ReadOnlySpan<char> word)
    {
        var slot = Find(word);
        return _slots[slot] is var s and > 0 ? _classes[s - 1] : WordClass.None;
    }

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
        writer.Write(_starts.Length);
        writer.Write(_slots.Length);
        writer.Write(MemoryMarshal.AsBytes(_starts.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_lengths.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_classes.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
    }

    /// <summary>
    /// The lexicon of <paramref name="text"/> from a table that <see cref="WriteTable"/> wrote for that
    /// same text; null when the table is not of the right shape or points outside the text.
    /// </summary>
    internal static Lexicon? ReadTable(string text, ReadOnlySpan<byte> table)
    {
        if (table.Length < 12) return null;
        var header = MemoryMarshal.Cast<byte, int>(table[..12]);
        var (count, capacity, size) = (header[0], header[1], header[2]);
        if (count < 0 || capacity < count || capacity > table.Length / 9
            || size != (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))) return null;
        var classBytes = capacity * sizeof(WordClass);
        if (table.Length != 12 + (2 * capacity * sizeof(int)) + classBytes + (size * sizeof(int))) return null;
        var rest = table[12..];
        var starts = MemoryMarshal.Cast<byte, int>(rest[..(capacity * sizeof(int))]).ToArray();
        rest = rest[(capacity * sizeof(int))..];
        var lengths = MemoryMarshal.Cast<byte, int>(rest[..(capacity * sizeof(int))]).ToArray();
        rest = rest[(capacity * sizeof(int))..];
        var classes = MemoryMarshal.Cast<byte, WordClass>(rest[..classBytes]).ToArray();
        var slots = MemoryMarshal.Cast<byte, int>(rest[classBytes..]).ToArray();
        for (var i = 0; i < count; i++)
        {
            if (starts[i] < 0 || lengths[i] < 0 || starts[i] > text.Length - lengths[i]) return null;
        }

        foreach (var slot in slots)
        {
            if (slot < 0 || slot > count) return null;
        }

        return new Lexicon(text, count, starts, lengths, classes, slots);
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
        var slot = Find(word);
        if (_slots[slot] > 0)
        {
            // A word listed again (in any case) takes its last classes, as a dictionary's indexer would.
            _classes[_slots[slot] - 1] = classes;
            return;
        }

        var index = Count++;
        _starts[index] = start;
        _lengths[index] = wordLength;
        _classes[index] = classes;
        _slots[slot] = index + 1;
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> word)
    {
        var slot = Hash(word) & _mask;
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0) return slot;
            if (_lengths[entry] == word.Length && EqualsIgnoringCase(_text.AsSpan(_starts[entry], word.Length), word)) return slot;
            slot = (slot + 1) & _mask;
        }
    }

    // Hashing and comparing ASCII here, in plain loops, is several times faster at start-up than
    // the framework's case-insensitive hashing. Words equal ignoring case (ordinal) hash alike: no
    // character beyond ASCII equals an ASCII one ignoring case, so those all hash as one value.
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ (c < 0x80 ? AsciiUpper(c) : 0xFFFFu)) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    private static bool EqualsIgnoringCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x == y) continue;
            if ((x | y) >= 0x80) return a.Equals(b, StringComparison.OrdinalIgnoreCase);
            if (AsciiUpper(x) != AsciiUpper(y)) return false;
        }

        return true;
    }

    private static uint AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (uint)(c - 32) : c;
}
