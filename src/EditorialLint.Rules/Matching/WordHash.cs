namespace EditorialLint.Rules.Matching;

/// <summary>
/// The hash the word tables (<see cref="Lexicon"/>, <see cref="WordList"/>) file words under: a
/// plain FNV-1a over the UTF-16 units rather than the framework's randomised one. The words come
/// from the rules and their data, not from whoever writes the text, and are looked up for every
/// word of an article; plain loops over ASCII are several times faster than the framework's
/// case-insensitive hashing.
/// </summary>
internal static class WordHash
{
    /// <summary>The hash of <paramref name="word"/> as written.</summary>
    public static int Ordinal(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    /// <summary>
    /// A hash under which words equal ignoring case (ordinal) hash alike: ASCII letters hash as their
    /// capitals, and no character beyond ASCII equals an ASCII one ignoring case, so those all hash as one value.
    /// </summary>
    public static int IgnoringCase(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ (c < 0x80 ? AsciiUpper(c) : 0xFFFFu)) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    /// <summary><paramref name="c"/> in capitals if it is an ASCII letter, else as it is.</summary>
    public static uint AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (uint)(c - 32) : c;
}
