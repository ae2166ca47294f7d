using System.Text;
using System.Text.Json;
using EditorialLint.Core.Reading;
using EditorialLint.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EditorialLint.Core.Tests.Reliability;

/// <summary>
/// Reading any input: bytes either decode, and then encode back to exactly the same bytes (so
/// <c>--fix</c> never loses text it did not change), or are refused with one line naming the file;
/// every reader takes any decoded text without throwing anything else, and its map still points back.
/// </summary>
public sealed class ReadingProperties
{
    private static readonly string[] Pieces =
    [
        "Word", " ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "\0", "\u0001", "\u001b", "\u00a0", "\u200b", "\ufeff", "\ufffd", "\uffff",
        "\U0001F600", "\ud83d", "\ude00", "e\u0301", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u202e",
        "\u201c", "\u201d", "\u2019", "\"", "'", "\u2026", "...", "\u2014", "&", "&amp;", "&#x1F600;", "&#xD800;", "&#0;", "&#99999999;",
        "<", ">", "<p>", "</p>", "<b>", "<!--", "-->", "<script>", "</script>", "<table>", "<td>", "<svg>", "</svg>", "<textarea>", "*", "_", "`", "```", "[", "](", ")",
        "#", "> ", "- ", "\\", "\\u0000", "\\ud800", "{", "}", "\"body\": \"", "\":", ",", "[", "]", "null", "1e999",
    ];

    /// <summary>Text of any code units, pieces of markup and JSON, and damage.</summary>
    public static Gen<string> Texts =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
                (6, Gen.Elements(Pieces)),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))), n)))
            .Select(string.Concat);

    /// <summary>Bytes of every kind: encoded text with and without byte-order marks, damaged or not, and noise.</summary>
    public static Gen<byte[]> Inputs =>
        Gen.OneOf(
            Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
            from text in Texts
            from encoding in Gen.Choose(0, 6)
            from damage in Gen.Choose(0, 3)
            select Damage(Encode(text, encoding), damage));

    public static Arbitrary<byte[]> ByteArrays() => Arb.From(Inputs);

    public static Arbitrary<string> Strings() => Arb.From(Texts, Shrink);

    /// <summary>Shorter texts: halves, then with one piece of 8, 4, 2 or 1 code units cut out.</summary>
    public static IEnumerable<string> Shrink(string text)
    {
        if (text.Length < 2) yield break;
        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        foreach (var cut in new[] { 8, 4, 2, 1 })
        {
            for (var at = 0; at + cut <= text.Length; at += cut) yield return text.Remove(at, cut);
        }
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(ReadingProperties)])]
    public void Decode_AnyBytes_DecodesAndRoundTripsOrRefusesInOneLine(byte[] bytes)
    {
        SourceText source;
        try
        {
            source = SourceDecoder.Decode("input.txt", bytes);
        }
        catch (UnreadableInputException e)
        {
            Assert.StartsWith("input.txt", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', e.Message);
            Assert.DoesNotContain('\r', e.Message);
            return;
        }

        var written = source.HasBom ? [.. source.Encoding.GetPreamble(), .. source.Encoding.GetBytes(source.Text)] : source.Encoding.GetBytes(source.Text);
        Assert.True(written.AsSpan().SequenceEqual(bytes), $"decoded and encoded back, {Convert.ToHexString(bytes)} became {Convert.ToHexString(written)}");
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(ReadingProperties)])]
    public void Read_AnyTextInEveryFormat_ReadsAndMapsBackOrRefusesInOneLine(string text)
    {
        foreach (var format in Enum.GetValues<ArticleFormat>())
        {
            var source = new SourceText("input." + format.ToString().ToLowerInvariant(), text);
            Articles.Article article;
            try
            {
                article = ArticleReader.GetReader(format).Read(source);
            }
            catch (UnreadableInputException e)
            {
                Assert.True(format == ArticleFormat.Json, $"{format} refused: {e.Message}");
                Assert.StartsWith(source.Path, e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', e.Message);
                continue;
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{format} reader threw {e.GetType().Name}: {e.Message}\ninput: {JsonSerializer.Serialize(text)}");
            }

            if (format == ArticleFormat.Text) Assert.Equal(text, article.Text);
            MapsBack(article, text);
        }
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(ReadingProperties)])]
    public void LineIndex_AnyText_AgreesWithCountingLineFeeds(string text)
    {
        var index = new LineIndex(text);
        var line = 1;
        var lineStart = 0;
        for (var offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal(new TextPosition(line, offset - lineStart + 1), index.GetPosition(offset));
            if (offset < text.Length && text[offset] == '\n')
            {
                line++;
                lineStart = offset + 1;
            }
        }

        Assert.Equal(line, index.LineCount);
    }

    /// <summary>
    /// HTML turns a NUL in raw text (script, style, textarea, plaintext) and in svg or math into
    /// U+FFFD: the hidden text's U+FFFD must not take the one a reference produced after it, which
    /// left the visible one mapped to an empty span at the file's start.
    /// </summary>
    [Theory]
    [InlineData("<script>\0</script>&#9999999;c", 18, 10)]
    [InlineData("<style>\0</style>&#0;c", 16, 4)]
    [InlineData("<textarea>\0</textarea>&#xD800;c", 22, 8)]
    [InlineData("<svg><text>\0</text></svg>\uFFFDc", 25, 1)]
    public void Read_HtmlWithNulInHiddenTextThenAReplacementCharacter_MapsItToWhatProducedIt(string html, int start, int length)
    {
        var article = HtmlReader.Instance.Read(new SourceText("nul.html", html));

        Assert.Equal("\uFFFDc", article.Text);
        Assert.Equal((start, length), article.Map.ToSource(0, 1));
        MapsBack(article, html);
    }

    /// <summary>
    /// In a script, "&lt;!--&lt;script&gt;" starts HTML's double-escaped script data, where the first
    /// "&lt;/script&gt;" does not end the script: the text after the script is only what follows the
    /// end tag that does, and each of its characters maps to itself.
    /// </summary>
    [Theory]
    [InlineData("<script><!--<script></script></script>>", ">")]
    [InlineData("<script><!--<script>a</script>b--></script>c", "c")]
    [InlineData("<script><!--<script></script>--></script>d", "d")]
    [InlineData("<script><!-- x </script>e", "e")]
    [InlineData("<script><!--> </script>f", "f")]
    [InlineData("<SCRIPT><!--<Script/></SCRIPT ></script>g", "g")]
    [InlineData("<svg></p><script><!--</script>h", "h")]
    [InlineData("<math></br><script><!--x</script>i", "i")]
    public void Read_HtmlScriptWithEscapedData_EndsWhereHtmlEndsIt(string html, string text)
    {
        var article = HtmlReader.Instance.Read(new SourceText("script.html", html));

        Assert.Equal(text, article.Text.Trim());
        MapsBack(article, html);
    }

    /// <summary>
    /// In Markdown "\\\\n" is an escaped backslash then an n: the n maps to itself, not to the
    /// second backslash with it (a backslash escapes only punctuation).
    /// </summary>
    [Theory]
    [InlineData("\\\\n", "\\n")]
    [InlineData("a \\\\n b", "a \\n b")]
    [InlineData("\\\\\\*x", "\\*x")]
    [InlineData("C:\\new and \\*", "C:\\new and *")]
    public void Read_MarkdownBackslashes_MapEachCharacterToWhatProducedIt(string markdown, string text)
    {
        var article = MarkdownReader.Instance.Read(new SourceText("b.md", markdown));

        Assert.Equal(text, article.Text.Trim());
        MapsBack(article, markdown);
    }

    [Fact]
    public void Read_HtmlWithNulInPlaintext_MapsTheReplacementCharacterToTheNul()
    {
        var article = HtmlReader.Instance.Read(new SourceText("nul.html", "<plaintext>a\0b"));

        Assert.Equal("a\uFFFDb", article.Text);
        Assert.Equal((12, 1), article.Map.ToSource(1, 1));
        MapsBack(article, "<plaintext>a\0b");
    }

    /// <summary>
    /// Each text character maps inside the source to itself, to white space or a line ending it
    /// stands for, or to the reference or escape that produced it (a numeric reference to a
    /// surrogate, to 0 or past U+10FFFF produces U+FFFD, as HTML says, and so does a NUL where HTML
    /// does not drop it); synthetic text is white space.
    /// </summary>
    private static void MapsBack(Articles.Article article, string input)
    {
        var source = article.Source.Text;
        for (var i = 0; i < article.Text.Length; i++)
        {
            var c = article.Text[i];
            var (start, length) = article.Map.ToSource(i, 1);
            var where = $"{article.Format}: text {i} U+{(int)c:X4} maps to {start}+{length}; input: {JsonSerializer.Serialize(input)}";
            Assert.True(start >= 0 && start + length <= source.Length, where);
            if (length == 0)
            {
                Assert.True(char.IsWhiteSpace(c), where);
                continue;
            }

            var produced = source.Substring(start, length);
            var ok = (produced.Length == 1 && produced[0] == c)
                || (char.IsWhiteSpace(c) && (char.IsWhiteSpace(produced[0]) || produced[0] == '\\'))
                || (produced[0] == '&' && (System.Net.WebUtility.HtmlDecode(produced.EndsWith(';') ? produced : produced + ";").Contains(c)
                    || (c == '\uFFFD' && produced.StartsWith("&#", StringComparison.Ordinal))))
                || (produced[0] == '\\' && Unescape(produced).Contains(c))
                || (c == '\uFFFD' && produced == "\0" && article.Format == ArticleFormat.Html);
            Assert.True(ok, $"{where} \"{produced}\", which does not produce it");
        }
    }

    // One layer of JSON or Markdown escapes, and a JSON-escaped reference below it.
    private static string Unescape(string escaped)
    {
        if (escaped.Length >= 6 && escaped[1] == 'u') return ((char)Convert.ToInt32(escaped.Substring(2, 4), 16)).ToString();
        if (escaped.Length == 2) return escaped[1] switch { 'n' => "\n", 't' => "\t", 'r' => "\r", 'b' => "\b", 'f' => "\f", var e => e.ToString() };
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<string>("\"" + escaped + "\"") ?? string.Empty;
        }
        catch (JsonException)
        {
            return escaped;
        }
    }

    private static byte[] Encode(string text, int how) => how switch
    {
        0 => new UTF8Encoding(false).GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        3 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        4 => [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(text)],
        5 => Encoding.Unicode.GetBytes(text),
        _ => Encoding.Latin1.GetBytes(text),
    };

    // Flips, drops or cuts a few bytes, as a bad transfer or a truncated save would.
    private static byte[] Damage(byte[] bytes, int how)
    {
        if (bytes.Length == 0 || how == 0) return bytes;
        var random = new Random(bytes.Length * 31 + how);
        var damaged = bytes.ToList();
        for (var n = 0; n < how && damaged.Count > 0; n++)
        {
            var at = random.Next(damaged.Count);
            switch (random.Next(3))
            {
                case 0: damaged[at] = (byte)random.Next(256); break;
                case 1: damaged.RemoveAt(at); break;
                default: damaged.RemoveRange(at, damaged.Count - at); break;
            }
        }

        return [.. damaged];
    }
}
