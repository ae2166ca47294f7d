using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Compilation;

/// <summary>
/// Lexicons kept on disk with their look-up table, so that a run does not build the table of
/// 65,000 words again. An entry holds the whole text it was built from and is used only for that
/// exact text and this build of the tool, with a checksum of its table; any other entry, a damaged
/// one, or one that cannot be written means the lexicon is built as before.
/// </summary>
internal sealed class LexiconCache(string? folder)
{
    private const ulong Magic = 0x31_30_58_45_4C_4C_44_45; // "EDLLEX01"

    /// <summary>The cache of this user, in <see cref="CacheFolder"/>.</summary>
    public static LexiconCache Default { get; } = new(CacheFolder.For("lexicon"));

    /// <summary>The lexicon of <paramref name="text"/>, from the cache or parsed (and then kept).</summary>
    public Lexicon Parse(string text)
    {
        if (folder is null) return Lexicon.Parse(text);
        var path = Path.Combine(folder, CacheFolder.Key(text) + ".lexicon.bin");
        if (TryRead(path, text) is { } cached) return cached;
        var lexicon = Lexicon.Parse(text);
        CacheFolder.TryWriteEntry(path, Magic, text, lexicon.WriteTable);
        return lexicon;
    }

    private static Lexicon? TryRead(string path, string text)
    {
        using var table = CacheFolder.TryOpenEntry(path, Magic, text);
        try
        {
            return table is null ? null : Lexicon.ReadTable(text, table);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
