using System.Text;
using System.Text.Json;
using EditorialLint.Core.Reading;

namespace EditorialLint.Core.Tests.Reading;

/// <summary>
/// The source-map property over many inputs stitched together from awkward fragments, with a
/// fixed seed so a failure reproduces.
/// </summary>
public class GeneratedInputTests
{
    private static readonly string[] MarkdownFragments =
    [
        "Word", " ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", "*em*", "**strong**", "_u_", "`code`", "``a ` b``",
        "[link](http://x.y/a_b)", "[ref][r]", "![img](i.png)", "<https://a.b>", "&amp;", "&ndash;", "&#x1F600;", "&bogus;",
        "\\*", "\\\\", "\\[", "# ", "## H ##", "- ", "1. ", "> ", "---\n", "```\nfence\n```\n", "    code\n",
        "<!-- c -->", "<!-- multi\nline -->", "<span>", "</span>", "<div>\n", "\t", "’", "\U0001F4B8", "a_b_c", "*", "_", "[", "]", "<", ">", "&",
        "\n[r]: http://r.example\n", "\n| a | *b* |\n|---|:-:|\n| c\\|d | `e` |\n", "|", " | ",
    ];

    private static readonly string[] HtmlFragments =
    [
        "Word", " ", "\n", "\r\n", "\r", "\t", "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<br>", "<br/>", "<div>", "</div>",
        "<li>", "<ul>", "</ul>", "<td>", "<table>", "<tr>", "</table>", "<pre>", "</pre>", "<h1>", "</h1>",
        "&amp;", "&amp", "&nbsp;", "&copy", "&#8217;", "&#x1F600;", "&notin;", "&notit;", "&bogus;", "&", "<", ">",
        "<!-- c -->", "<!---->", "<script>var a = '<p>x</p>';</script>", "<style>p{}</style>", "<noscript>ns</noscript>",
        "<template><p>t</p></template>", "<span hidden>h</span>", "<a href=\"a>b\">", "</a>", "<img alt=\"x\">", "’", "\U0001F4B8",
        "<title>t</title>", "<textarea>ta &amp;</textarea>", "</body>", "<body>", "<html>", "<!DOCTYPE html>", "<?pi?>", "</ p>", "</>",
    ];

    private static readonly string[] JsonFragments =
    [
        "Word", " ", "\\n", "\\r\\n", "\\t", "\\\"", "\\\\", "\\/", "\\u2019", "\\ud83d\\udcb8", "\U0001F600", "’", "&amp;", "*em*",
        "<p>", "</p>", "<!-- c -->", "\\u003c", "# ", "\\n\\n",
    ];

    [Fact]
    public void Markdown_GeneratedInputs_MapBack()
    {
        var random = new Random(20240611);
        for (var n = 0; n < 1000; n++)
        {
            var markdown = Compose(random, MarkdownFragments, random.Next(1, 40));
            var article = Read(() => MarkdownReader.Instance.Read(new SourceText("g.md", markdown)), markdown);
            Check(() => SourceMapAssert.MapsBack(article), markdown);
        }
    }

    [Fact]
    public void Html_GeneratedInputs_MapBack()
    {
        var random = new Random(20240612);
        for (var n = 0; n < 1000; n++)
        {
            var html = Compose(random, HtmlFragments, random.Next(1, 50));
            var article = Read(() => HtmlReader.Instance.Read(new SourceText("g.html", html)), html);
            Check(() => SourceMapAssert.MapsBack(article, inSourceOrder: !html.Contains("<table>")), html);
        }
    }

    [Fact]
    public void Json_GeneratedInputs_MapBack()
    {
        var random = new Random(20240613);
        string[] formats = ["text", "markdown", "html"];
        for (var n = 0; n < 600; n++)
        {
            var json = new StringBuilder("{");
            if (random.Next(2) == 0)
            {
                json.Append($"\"headline\": \"{Compose(random, JsonFragments, random.Next(0, 8))}\", ");
            }

            json.Append($"\"format\": \"{formats[random.Next(3)]}\", \"body\": \"{Compose(random, JsonFragments, random.Next(0, 30))}\"");
            if (random.Next(2) == 0)
            {
                json.Append($", \"standfirst\": \"{Compose(random, JsonFragments, random.Next(0, 8))}\"");
            }

            var text = json.Append('}').ToString();
            using (JsonDocument.Parse(text))
            {
                // The generator only builds valid JSON; this guards the test itself.
            }

            var article = Read(() => CmsJsonReader.Instance.Read(new SourceText("g.json", text)), text);
            Check(() => SourceMapAssert.MapsBack(article), text);
        }
    }

    private static string Compose(Random random, string[] fragments, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(fragments[random.Next(fragments.Length)]);
        }

        return sb.ToString();
    }

    private static T Read<T>(Func<T> read, string input)
    {
        try
        {
            return read();
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"reading threw {e.GetType().Name}: {e.Message}\ninput: {JsonSerializer.Serialize(input)}");
        }
    }

    private static void Check(Action assert, string input)
    {
        try
        {
            assert();
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\ninput: {JsonSerializer.Serialize(input)}");
        }
    }
}
