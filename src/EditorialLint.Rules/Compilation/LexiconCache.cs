using System.Runtime.InteropServices;
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

    private static readonly Guid Build = typeof(LexiconCache).Module.ModuleVersionId;

    /// <summary>The cache of this user, in <see cref="CacheFolder"/>.</summary>
    public static LexiconCache Default { get; } = new(CacheFolder.For("lexicon"));

    /// <summary>The lexicon of <paramref name="text"/>, from the cache or parsed (and then kept).</summary>
    public Lexicon Parse(string text)
    {
        if (folder is null) return Lexicon.Parse(text);
        var path = Path.Combine(folder, CacheFolder.Key(text) + ".lexicon.bin");
        if (TryRead(path, text) is { } cached) return cached;
        var lexicon = Lexicon.Parse(text);
        CacheFolder.TryWrite(path, stream =>
        {
            var table = new MemoryStream();
            using (var tableWriter = new BinaryWriter(table, System.Text.Encoding.UTF8, leaveOpen: true)) lexicon.WriteTable(tableWriter);
            using var writer = new BinaryWriter(stream);
            writer.Write(Magic);
            writer.Write(Build.ToByteArray());
            writer.Write(text.Length);
            writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
            writer.Write(CacheFolder.Checksum(table.GetBuffer().AsSpan(0, (int)table.Length)));
            writer.Write(table.GetBuffer(), 0, (int)table.Length);
        });
        return lexicon;
    }

    private static Lexicon? TryRead(string path, string text)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var source = MemoryMarshal.AsBytes(text.AsSpan());
        const int head = sizeof(ulong) + 16 + sizeof(int);
        if (bytes.Length < head + source.Length + sizeof(ulong)) return null;
        var span = bytes.AsSpan();
        if (BitConverter.ToUInt64(span) != Magic || new Guid(span.Slice(8, 16)) != Build || BitConverter.ToInt32(span[24..]) != text.Length
            || !span.Slice(head, source.Length).SequenceEqual(source))
            return null;
        var table = span[(head + source.Length + sizeof(ulong))..];
        return BitConverter.ToUInt64(span[(head + source.Length)..]) == CacheFolder.Checksum(table) ? Lexicon.ReadTable(text, table) : null;
    }
}
