using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace EditorialLint.Core.Reading;

/// <summary>
/// Turns the bytes of an input into a <see cref="SourceText"/>: UTF-8 with or without a
/// byte-order mark, UTF-16 and UTF-32 with one; refuses binary files and invalid UTF-8.
/// </summary>
public static class SourceDecoder
{
    /// <summary>How much of the start of an input is inspected for binary content.</summary>
    public const int BinarySampleLength = 8 * 1024;

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/>.</summary>
    /// <param name="path">The path the bytes came from, as given; used in messages.</param>
    /// <param name="bytes">The whole input.</param>
    /// <returns>The decoded text, byte-order mark removed, line endings untouched.</returns>
    /// <exception cref="UnreadableInputException">The input is binary or not validly encoded.</exception>
    public static SourceText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(path, bytes[3..], bomLength: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWide(path, bytes[4..], new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), "UTF-32", 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeWide(path, bytes[4..], new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), "UTF-32", 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWide(path, bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), "UTF-16", 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWide(path, bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), "UTF-16", 2);
        }

        return DecodeUtf8(path, bytes, bomLength: 0);
    }

    private static SourceText DecodeUtf8(string path, ReadOnlySpan<byte> bytes, int bomLength)
    {
        var sample = bytes[..Math.Min(bytes.Length, BinarySampleLength)];
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            if (LooksLikeUtf16(sample))
            {
                throw new UnreadableInputException(path, $"{path}: binary file or UTF-16 without a byte-order mark (NUL bytes between letters); save it as UTF-8 and try again");
            }

            throw Binary(path, $"a NUL byte at byte {nul + bomLength}");
        }

        if (IsMostlyControl(sample, ControlBytes))
        {
            throw Binary(path, "mostly control characters");
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status != OperationStatus.Done)
        {
            var offset = read + bomLength;
            var line = bytes[..read].Count((byte)'\n') + 1;
            throw new UnreadableInputException(
                path,
                $"{path}: not valid UTF-8 at byte {offset} (line {line}, byte 0x{bytes[read]:X2}); it looks like another encoding such as Windows-1252: save it as UTF-8 and try again");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: bomLength > 0, throwOnInvalidBytes: true);
        return new SourceText(path, new string(chars, 0, written), encoding, hasBom: bomLength > 0);
    }

    private static SourceText DecodeWide(string path, ReadOnlySpan<byte> bytes, Encoding encoding, string name, int bomLength)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" near byte {e.Index + bomLength}" : string.Empty;
            throw new UnreadableInputException(path, $"{path}: not valid {name}{at}; save it as UTF-8 and try again", e);
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySampleLength));
        var nul = sample.IndexOf('\0');
        if (nul >= 0)
        {
            throw Binary(path, $"a NUL character at character {nul}");
        }

        if (IsMostlyControl(sample, ControlChars))
        {
            throw Binary(path, "mostly control characters");
        }

        return new SourceText(path, text, encoding, hasBom: true);
    }

    // UTF-16 text of Latin script has a NUL in every other byte and few elsewhere.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> sample)
    {
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNul++;
                }
                else
                {
                    oddNul++;
                }
            }
        }

        var half = sample.Length / 2;
        return half > 0 && Math.Max(evenNul, oddNul) * 10 >= half * 7 && Math.Min(evenNul, oddNul) * 10 <= half;
    }

    // Text files carry tabs, line breaks and the odd form feed; more than one unit in ten
    // below 0x20 besides those means the input is not prose. Found with a vectorised search, as
    // most texts have none.
    private static bool IsMostlyControl<T>(ReadOnlySpan<T> sample, SearchValues<T> controls)
        where T : IEquatable<T>
    {
        var length = sample.Length;
        var control = 0;
        for (var at = sample.IndexOfAny(controls); at >= 0; at = sample.IndexOfAny(controls))
        {
            control++;
            sample = sample[(at + 1)..];
        }

        return control * 10 > length;
    }

    // The units below 0x20 that prose does not carry: all but tab, line feed, vertical tab, form
    // feed, carriage return and escape.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(ControlUnits().Select(c => (byte)c).ToArray());

    private static readonly SearchValues<char> ControlChars = SearchValues.Create(ControlUnits().ToArray());

    private static IEnumerable<char> ControlUnits() =>
        Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001B'));

    private static UnreadableInputException Binary(string path, string evidence) =>
        new(path, $"{path}: binary file ({evidence}); give a text, Markdown, HTML or JSON article saved as UTF-8");
}
