using System.Buffers;
using System.Runtime.InteropServices;

namespace EditorialLint.Rules.Packs;

/// <summary>
/// Where the tool keeps what it can rebuild at any time, to start faster: <c>$EDITORIAL_LINT_CACHE</c>
/// when set (set empty: nowhere), else <c>editorial-lint</c> under <c>$XDG_CACHE_HOME</c>,
/// <c>~/.cache</c>, or the local application data folder on Windows.
/// </summary>
internal static class CacheFolder
{
    /// <summary>The folder for one kind of entry, or null when nothing is to be kept.</summary>
    public static string? For(string kind) => Root is { } root ? Path.Combine(root, kind) : null;

    private static readonly string? Root = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("EDITORIAL_LINT_CACHE");
        if (configured is not null) return configured.Length == 0 ? null : configured;
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? Path.Combine(home, ".cache")
            : null;
        return root is null ? null : Path.Combine(root, "editorial-lint");
    }

    /// <summary>Writes <paramref name="path"/> whole or not at all; a folder that cannot take it keeps nothing.</summary>
    public static void TryWrite(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, path, overwrite: true);
            Prune(Path.GetDirectoryName(path)!, "*" + Path.GetExtension(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing kept; the caller has its result all the same.
            }
        }
    }

    // Each edit of a pack, and each new build of the tool, makes entries; the oldest go once a
    // folder holds more than a few dozen or more than MaxBytes, the newest always stays.
    private const int MaxEntries = 64;

    /// <summary>The most one folder of the cache keeps, in bytes (entries beyond it go, oldest first).</summary>
    internal const long MaxBytes = 64L * 1024 * 1024;

    private static void Prune(string folder, string pattern)
    {
        var kept = 0;
        var bytes = 0L;
        foreach (var entry in new DirectoryInfo(folder).GetFiles(pattern).OrderByDescending(f => f.LastWriteTimeUtc))
        {
            bytes += entry.Length;
            if (kept == 0 || (kept < MaxEntries && bytes <= MaxBytes))
            {
                kept++;
                continue;
            }

            entry.Delete();
        }
    }

    // Entries of another build of the tool (another node form, another table) are not used.
    private static readonly Guid Build = typeof(CacheFolder).Module.ModuleVersionId;

    /// <summary>
    /// Writes an entry whole or not at all: its kind's <paramref name="magic"/>, this build of the
    /// tool, the exact <paramref name="text"/> it was made from, a checksum of its data, and the data
    /// <paramref name="write"/> writes.
    /// </summary>
    public static void TryWriteEntry(string path, ulong magic, string text, Action<BinaryWriter> write) => TryWrite(path, stream =>
    {
        var data = new MemoryStream();
        using (var dataWriter = new BinaryWriter(data, System.Text.Encoding.UTF8, leaveOpen: true)) write(dataWriter);
        using var writer = new BinaryWriter(stream);
        writer.Write(magic);
        writer.Write(Build.ToByteArray());
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        writer.Write(Checksum(data.GetBuffer().AsSpan(0, (int)data.Length)));
        writer.Write(data.GetBuffer(), 0, (int)data.Length);
    });

    /// <summary>
    /// The entry at <paramref name="path"/> when it is of this kind and build, made from exactly
    /// <paramref name="text"/>, and undamaged, positioned at the start of its data, which runs to the
    /// end; else null (no entry, unreadable, or any mismatch). The caller disposes it.
    /// </summary>
    /// <remarks>
    /// The entry is checked a piece at a time, never read into one array. An entry is as large as
    /// the text it was made from and its data together (the lexicon's is 3 MB), and a large array that
    /// is garbage once read counts against the large-object budget, whose overrun sets off a full
    /// collection while the rules load.
    /// </remarks>
    public static Stream? TryOpenEntry(string path, ulong magic, string text) => TryOpenEntry(path, magic, text, PieceSize);

    /// <summary>What <see cref="TryOpenEntry(string, ulong, string)"/> reads at a time (a multiple of eight, under the large-object size).</summary>
    internal const int PieceSize = 64 * 1024;

    internal static Stream? TryOpenEntry(string path, ulong magic, string text, int pieceSize)
    {
        // The checksum folds eight-byte words: every piece but the last must hold whole words.
        ArgumentOutOfRangeException.ThrowIfNotEqual(pieceSize % sizeof(ulong), 0, nameof(pieceSize));
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 16 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var piece = ArrayPool<byte>.Shared.Rent(Math.Max(pieceSize, 32));
        var keep = false;
        try
        {
            var source = MemoryMarshal.AsBytes(text.AsSpan());
            const int head = sizeof(ulong) + 16 + sizeof(int);
            if (stream.Length < head + source.Length + sizeof(ulong)) return null;
            var span = piece.AsSpan(0, head);
            stream.ReadExactly(span);
            if (BitConverter.ToUInt64(span) != magic || new Guid(span.Slice(8, 16)) != Build || BitConverter.ToInt32(span[24..]) != text.Length)
                return null;
            for (var at = 0; at < source.Length; at += pieceSize)
            {
                var part = source.Slice(at, Math.Min(pieceSize, source.Length - at));
                stream.ReadExactly(piece.AsSpan(0, part.Length));
                if (!piece.AsSpan(0, part.Length).SequenceEqual(part)) return null;
            }

            stream.ReadExactly(piece.AsSpan(0, sizeof(ulong)));
            var expected = BitConverter.ToUInt64(piece);
            var start = stream.Position;
            var checksum = new RunningChecksum(stream.Length - start);
            for (var left = stream.Length - start; left > 0;)
            {
                var part = piece.AsSpan(0, (int)Math.Min(pieceSize, left));
                stream.ReadExactly(part);
                checksum.Add(part);
                left -= part.Length;
            }

            if (checksum.Value != expected) return null;
            stream.Position = start;
            keep = true;
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(piece);
            if (!keep) stream.Dispose();
        }
    }

    /// <summary>A checksum of an entry's bytes, so that damage that still parses is not taken for data.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var checksum = new RunningChecksum(bytes.Length);
        checksum.Add(bytes);
        return checksum.Value;
    }

    /// <summary>
    /// <see cref="Checksum"/> over bytes given in pieces: every piece but the last must be a whole
    /// number of eight-byte words, as the checksum folds words, then the bytes left over.
    /// </summary>
    private struct RunningChecksum(long length)
    {
        private ulong _hash = 14695981039346656037UL ^ (ulong)length;

        public readonly ulong Value => _hash ^ (_hash >> 29);

        public void Add(ReadOnlySpan<byte> bytes)
        {
            var hash = _hash;
            var words = MemoryMarshal.Cast<byte, ulong>(bytes);
            foreach (var word in words) hash = (hash ^ word) * 1099511628211UL;
            foreach (var b in bytes[(words.Length * sizeof(ulong))..]) hash = (hash ^ b) * 1099511628211UL;
            _hash = hash;
        }
    }

    /// <summary>A file name from a text: the checksum of its characters, with its length.</summary>
    public static string Key(string text) =>
        $"{Checksum(MemoryMarshal.AsBytes(text.AsSpan())):x16}-{text.Length:x}";
}
