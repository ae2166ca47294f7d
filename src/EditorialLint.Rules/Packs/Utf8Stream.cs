using System.Buffers;
using System.Text;

namespace EditorialLint.Rules.Packs;

/// <summary>
/// Decodes a UTF-8 stream into a string a piece at a time. Reading the stream into one array first
/// would make a large array that is garbage at once (the shipped lexicon is 750 KB), and such arrays
/// count against the large-object budget, whose overrun sets off a full collection while the rules load.
/// </summary>
internal static class Utf8Stream
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>What is read at a time: it and the characters it decodes to stay under the large-object size.</summary>
    internal const int PieceSize = 16 * 1024;

    /// <summary>
    /// The text of <paramref name="stream"/> (seekable, read from its start) less a leading byte-order
    /// mark, exactly as <see cref="Encoding.UTF8"/>'s <c>GetString</c> decodes the bytes after it:
    /// a malformed sequence becomes U+FFFD.
    /// </summary>
    public static string ReadToEnd(Stream stream, int pieceSize = PieceSize)
    {
        var piece = ArrayPool<byte>.Shared.Rent(Math.Max(pieceSize, Bom.Length));
        try
        {
            var start = 0L;
            stream.Position = 0;
            var head = stream.ReadAtLeast(piece.AsSpan(0, Bom.Length), Bom.Length, throwOnEndOfStream: false);
            if (piece.AsSpan(0, head).SequenceEqual(Bom)) start = Bom.Length;

            // One pass counts the characters, a second decodes them into the string in place. A
            // decoder's count does not carry a sequence split between pieces over to the next, so
            // the first pass decodes too, into a scratch piece.
            var decoder = Encoding.UTF8.GetDecoder();
            var scratch = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(pieceSize));
            long length = 0;
            try
            {
                stream.Position = start;
                int read;
                while ((read = stream.Read(piece, 0, pieceSize)) > 0) length += decoder.GetChars(piece, 0, read, scratch, 0, flush: false);
                length += decoder.GetChars(piece, 0, 0, scratch, 0, flush: true);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(scratch);
            }

            if (length > Array.MaxLength) throw new IOException("the text is too long to read");

            decoder.Reset();
            stream.Position = start;
            return string.Create((int)length, (stream, piece, pieceSize, decoder), static (chars, state) =>
            {
                var (source, buffer, size, utf8) = state;
                var at = 0;
                int got;
                while ((got = source.Read(buffer, 0, size)) > 0) at += utf8.GetChars(buffer.AsSpan(0, got), chars[at..], flush: false);
                at += utf8.GetChars([], chars[at..], flush: true);
                if (at != chars.Length) throw new IOException("the text changed while it was read");
            });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(piece);
        }
    }
}
