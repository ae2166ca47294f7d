namespace EditorialLint.Rules.Packs;

/// <summary>
/// Parsed YAML documents kept on disk in a compact binary form, so that a run reads the rule packs,
/// the officials registry and the title vocabulary without the YAML parser (its parsing, and
/// loading it, were a third of start-up). An entry holds the whole text it was parsed from and is
/// used only for that exact text, with a checksum of its nodes; any other text, or an entry that is unreadable, damaged or
/// cannot be written, means the document is parsed as before. Documents with aliases are not kept.
/// </summary>
internal sealed class YamlDocumentCache
{
    private const ulong Magic = 0x31_4C_4D_41_59_4C_44_45; // "EDLYAML1"

    private readonly string? _folder;

    /// <summary>A cache in <paramref name="folder"/>; null keeps nothing.</summary>
    public YamlDocumentCache(string? folder) => _folder = folder;

    /// <summary>The cache of this user, in <see cref="CacheFolder"/>.</summary>
    public static YamlDocumentCache Default { get; } = new(CacheFolder.For("yaml"));

    /// <summary>The parsed document of <paramref name="text"/>, from the cache or parsed (and then kept).</summary>
    public MappingNode Parse(string file, string text)
    {
        if (_folder is null) return YamlDocumentReader.Parse(file, text, out _);
        var path = Path.Combine(_folder, CacheFolder.Key(text) + ".yaml.bin");
        if (TryRead(path, text) is { } cached) return cached;
        var root = YamlDocumentReader.Parse(file, text, out var shared);
        if (!shared) TryWrite(path, text, root);
        return root;
    }

    private static MappingNode? TryRead(string path, string text)
    {
        using var data = CacheFolder.TryOpenEntry(path, Magic, text);
        if (data is null) return null;
        try
        {
            using var reader = new BinaryReader(data, System.Text.Encoding.UTF8, leaveOpen: true);
            var root = ReadNode(reader, data.Length) as MappingNode;
            return data.Position == data.Length ? root : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static DocumentNode ReadNode(BinaryReader reader, long end)
    {
        var kind = reader.ReadByte();
        var line = reader.Read7BitEncodedInt();
        var column = reader.Read7BitEncodedInt();
        switch (kind)
        {
            case 0:
            case 1:
                return new ScalarNode(line, column, reader.ReadString(), kind == 0);
            case 2:
                {
                    var items = new DocumentNode[Count(reader, end)];
                    for (var i = 0; i < items.Length; i++) items[i] = ReadNode(reader, end);
                    return new SequenceNode(line, column, items);
                }

            case 3:
                {
                    var keys = new DocumentNode[Count(reader, end)];
                    var values = new DocumentNode[keys.Length];
                    for (var i = 0; i < keys.Length; i++)
                    {
                        keys[i] = ReadNode(reader, end);
                        values[i] = ReadNode(reader, end);
                    }

                    return new MappingNode(line, column, keys, values);
                }

            default:
                throw new InvalidDataException($"node kind {kind}");
        }
    }

    // Every item takes at least three bytes, so a count the rest of the entry (up to end) cannot hold is damage.
    private static int Count(BinaryReader reader, long end)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= (end - reader.BaseStream.Position) / 3 ? count : throw new InvalidDataException($"count {count}");
    }

    private static void TryWrite(string path, string text, MappingNode root) =>
        CacheFolder.TryWriteEntry(path, Magic, text, writer => WriteNode(writer, root));

    private static void WriteNode(BinaryWriter writer, DocumentNode node)
    {
        switch (node)
        {
            case ScalarNode scalar:
                Head(writer, scalar.IsPlainKey ? (byte)0 : (byte)1, node);
                writer.Write(scalar.Value);
                break;
            case SequenceNode sequence:
                Head(writer, 2, node);
                writer.Write7BitEncodedInt(sequence.Items.Length);
                foreach (var item in sequence.Items) WriteNode(writer, item);
                break;
            case MappingNode mapping:
                Head(writer, 3, node);
                writer.Write7BitEncodedInt(mapping.Keys.Length);
                for (var i = 0; i < mapping.Keys.Length; i++)
                {
                    WriteNode(writer, mapping.Keys[i]);
                    WriteNode(writer, mapping.Values[i]);
                }

                break;
        }
    }

    private static void Head(BinaryWriter writer, byte kind, DocumentNode node)
    {
        writer.Write(kind);
        writer.Write7BitEncodedInt(node.Line);
        writer.Write7BitEncodedInt(node.Column);
    }
}
