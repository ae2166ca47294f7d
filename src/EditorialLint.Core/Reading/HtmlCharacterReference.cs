using AngleSharp.Html;

namespace EditorialLint.Core.Reading;

/// <summary>Decodes HTML character references (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>) as the HTML standard does in text.</summary>
internal static class HtmlCharacterReference
{
    private const int LongestName = 32;

    // Code points 0x80-0x9F in a numeric reference mean Windows-1252 characters.
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>
    /// Decodes the reference starting at <paramref name="at"/> (a <c>'&amp;'</c>); returns null
    /// when the ampersand does not start one, so it stands for itself.
    /// </summary>
    public static (string Value, int Length)? Decode(string source, int at)
    {
        var i = at + 1;
        if (i < source.Length && source[i] == '#')
        {
            return DecodeNumeric(source, at);
        }

        var nameEnd = i;
        while (nameEnd < source.Length && nameEnd - i < LongestName && char.IsAsciiLetterOrDigit(source[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == i)
        {
            return null;
        }

        var resolver = HtmlEntityProvider.Resolver;
        if (nameEnd < source.Length && source[nameEnd] == ';')
        {
            var symbol = resolver.GetSymbol(source[i..(nameEnd + 1)]);
            if (!string.IsNullOrEmpty(symbol))
            {
                return (symbol, nameEnd + 1 - at);
            }
        }

        // Legacy references (&amp, &copy, &nbsp ...) also count without the semicolon; the longest wins.
        for (var end = nameEnd; end > i + 1; end--)
        {
            var symbol = resolver.GetSymbol(source[i..end]);
            if (!string.IsNullOrEmpty(symbol))
            {
                return (symbol, end - at);
            }
        }

        return null;
    }

    private static (string Value, int Length)? DecodeNumeric(string source, int at)
    {
        var i = at + 2;
        var hex = i < source.Length && source[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }

        var digitsStart = i;
        long value = 0;
        while (i < source.Length && (hex ? char.IsAsciiHexDigit(source[i]) : char.IsAsciiDigit(source[i])))
        {
            value = Math.Min((value * (hex ? 16 : 10)) + Convert.ToInt32(source[i].ToString(), hex ? 16 : 10), 0x110000);
            i++;
        }

        if (i == digitsStart)
        {
            return null;
        }

        if (i < source.Length && source[i] == ';')
        {
            i++;
        }

        string decoded = value switch
        {
            0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
            >= 0x80 and <= 0x9F => Windows1252[value - 0x80].ToString(),
            _ => char.ConvertFromUtf32((int)value),
        };
        return (decoded, i - at);
    }
}
