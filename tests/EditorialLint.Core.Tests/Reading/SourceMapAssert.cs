using System.Net;
using System.Text;
using EditorialLint.Core.Articles;

namespace EditorialLint.Core.Tests.Reading;

/// <summary>
/// The property every reader keeps: each text character maps back to the source character it
/// is, or to the start of the entity, escape or line ending that produced it; synthetic text is
/// only line breaks; and within a field the source offsets never go backwards.
/// </summary>
internal static class SourceMapAssert
{
    /// <param name="article">The article to check.</param>
    /// <param name="inSourceOrder">
    /// False only for HTML the parser reorders (text directly inside a table moves before it);
    /// then each character still maps to itself, but not in order.
    /// </param>
    public static void MapsBack(Article article, bool inSourceOrder = true)
    {
        var text = article.Text;
        var source = article.Source.Text;
        Assert.Equal(text.Length, article.Map.TextLength);
        var previousStart = -1;
        ArticleField? previousField = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var (start, length) = article.Map.ToSource(i, 1);
            Assert.True(start == article.Map.ToSource(i), $"ToSource({i}) disagrees with ToSource({i}, 1) at {Describe(text, i)}");
            Assert.True(start >= 0 && start + length <= source.Length, $"text {Describe(text, i)} maps outside the source: {start}+{length}");
            if (length == 0)
            {
                Assert.True(c == '\n', $"synthetic text must be a line break, found {Describe(text, i)}");
                continue;
            }

            var produced = source.Substring(start, length);
            Assert.True(
                Produces(produced, c),
                $"text {Describe(text, i)} maps to source {start}+{length} \"{Escape(produced)}\", which does not produce it");

            var field = article.FindField(i);
            if (field != previousField)
            {
                previousStart = -1;
                previousField = field;
            }

            Assert.True(!inSourceOrder || start >= previousStart, $"text {Describe(text, i)} maps to {start}, before the previous character's {previousStart}");
            previousStart = start;
        }
    }

    /// <summary>Whether the source slice is, or decodes to, the character.</summary>
    private static bool Produces(string produced, char c)
    {
        if (produced.Length == 1 && produced[0] == c)
        {
            return true;
        }

        if (char.IsWhiteSpace(c) && (char.IsWhiteSpace(produced[0]) || produced.StartsWith("\\n") || produced.StartsWith("\\r") || produced.StartsWith("\\t")))
        {
            // Line endings and collapsed white space (possibly around tags) become one space or '\n'.
            return true;
        }

        if (produced[0] is not ('&' or '\\'))
        {
            return false;
        }

        // Decode layer by layer (JSON escapes, then Markdown escapes or HTML references) and
        // accept when a layer is exactly the character or the surrogate pair holding it.
        var layer = produced;
        for (var depth = 0; depth < 3; depth++)
        {
            layer = DecodeOnce(layer);
            if (layer.Length is 1 or 2 && layer.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string DecodeOnce(string s)
    {
        if (s.StartsWith('&'))
        {
            // Legacy references such as "&copy" need no semicolon in HTML text.
            return WebUtility.HtmlDecode(s.EndsWith(';') ? s : s + ";");
        }

        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }

            var e = s[++i];
            switch (e)
            {
                case 'u' when i + 4 < s.Length:
                    sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                default: sb.Append(e); break;
            }
        }

        return sb.ToString();
    }

    private static string Describe(string text, int i)
    {
        var from = Math.Max(0, i - 15);
        var to = Math.Min(text.Length, i + 15);
        return $"'{Escape(text[i].ToString())}' at {i} (\"{Escape(text[from..i])}[{Escape(text[i].ToString())}]{Escape(text[(i + 1)..to])}\")";
    }

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
