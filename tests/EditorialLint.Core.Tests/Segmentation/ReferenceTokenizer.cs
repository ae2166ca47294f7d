using System.Globalization;
using EditorialLint.Core.Segmentation;

namespace EditorialLint.Core.Tests.Segmentation;

/// <summary>The tokenizer as it was before its ASCII fast paths, kept as the reference its tests compare with.</summary>
internal static class ReferenceTokenizer
{
    /// <summary>Tokenises <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        // Prose runs at about one token per four or five characters: size the list once instead of
        // growing it by copies (callers that tokenise a sentence at a time start from an empty list).
        into.EnsureCapacity(into.Count + (end - start) / 4 + 1);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            // Only h and w start an address; the cheap test spares the three comparisons at every other token.
            if ((c | 0x20) is 'h' or 'w' && StartsUrl(text, i, end))
            {
                var j = i;
                while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('[' or ']' or '<' or '>' or '"' or '\u201C' or '\u201D')) j++;
                j = TrimTrailing(text, i, j);
                into.Add(new Token(i, j - i, TokenKind.Url));
                i = j;
                continue;
            }

            if (IsWordChar(text, i))
            {
                var j = i + (char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1);
                var digitsOnly = char.IsDigit(c);
                var hasAt = false;
                while (j < end)
                {
                    // Letters of the ASCII alphabet, most of a word, need none of the tests below.
                    if (char.IsAsciiLetter(text[j]))
                    {
                        digitsOnly = false;
                        j++;
                        continue;
                    }

                    if (IsWordChar(text, j))
                    {
                        digitsOnly &= char.IsDigit(text[j]);
                        j += char.IsHighSurrogate(text[j]) && j + 1 < end ? 2 : 1;
                        continue;
                    }

                    var joiner = text[j];
                    var joins = joiner is '\'' or '\u2019' or '-' or '.' or '@' or ',' or ':' or '_' or '\u2011';
                    if (!joins || j + 1 >= end || !IsWordChar(text, j + 1)) break;
                    // Commas and colons join only digits (100,000 and 10:30), never words.
                    if (joiner is ',' or ':' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))) break;
                    hasAt |= joiner == '@';
                    j++;
                }

                var kind = digitsOnly && char.IsDigit(text[j - 1]) ? TokenKind.Number
                    : hasAt && text.AsSpan(i, j - i).Contains('.') ? TokenKind.Email
                    : char.IsDigit(c) && IsNumeric(text.AsSpan(i, j - i)) ? TokenKind.Number
                    : TokenKind.Word;
                into.Add(new Token(i, j - i, kind));
                i = j;
                continue;
            }

            into.Add(new Token(i, 1, TokenKind.Punctuation));
            i++;
        }
    }

    /// <summary>Whether the character at <paramref name="index"/> can be part of a word.</summary>
    public static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        if (char.IsAscii(c)) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c)) return true;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length)
            return char.IsLetter(text, index);
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsNumeric(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            if (!char.IsDigit(ch) && ch is not ('.' or ',' or ':' or '-')) return false;
        }

        return true;
    }

    private static bool StartsUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int TrimTrailing(string text, int start, int end)
    {
        while (end > start + 1 && text[end - 1] is '.' or ',' or ';' or ':' or ')' or '\u201D' or '\u2019' or '"' or '\'' or '!' or '?' or ']')
            end--;
        return end;
    }
}
