using System.Net;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EditorialLint.Rules.Tests.Reliability;

/// <summary>
/// Markdown and HTML articles of hostile prose wrapped in markup: every diagnostic's offset points
/// into the original file at the very characters the rule saw in the extracted text (each one, or
/// the entity, escape or line ending that produced it), and its line and column are the file's.
/// </summary>
public sealed class MarkupLintProperties
{
    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    private static readonly string[] MarkdownMarkup =
    [
        "\n\n", "\r\n\r\n", "# ", "## ", "*", "**", "_", "`", "> ", "- ", "1. ", "[", "](http://x.example/a_b)", "\\*", "\\_",
        "&amp;", "&rsquo;", "&#8220;", "&#x201D;", "&nbsp;", "<!-- note -->", "<span>", "</span>", "\n```\n", "\n    ", "---\n",
        "| a | b |\n|---|---|\n| ", " | ", "<br>", "\\\n", "  \n",
    ];

    private static readonly string[] HtmlMarkup =
    [
        "<p>", "</p>", "<b>", "</b>", "<em>", "</em>", "<br>", "<div>", "</div>", "<h1>", "</h1>", "<li>", "<a href=\"x?a=1&b=2\">", "</a>",
        "&amp;", "&rsquo;", "&#8220;", "&#x201D;", "&nbsp;", "&copy", "&bogus;", "<!-- note -->", "<script>Jane Psaki</script>",
        "<style>p{}</style>", "<span hidden>teh</span>", "\r\n", "\n", "\t", "  ", "<pre>", "</pre>", "<blockquote>", "</blockquote>",
    ];

    public static Arbitrary<MarkupArticle> Articles() =>
        Arb.From(Gen.OneOf(Compose(MarkdownMarkup, "md"), Compose(HtmlMarkup, "html")), Shrink);

    [Property(MaxTest = 300, Arbitrary = [typeof(MarkupLintProperties)])]
    public void Lint_MarkdownOrHtml_DiagnosticsPointAtTheSameCharactersInTheFile(MarkupArticle input)
    {
        var (markup, format) = (input.Markup, input.Format);
        var article = ArticleReader.GetReader(format == "md" ? ArticleFormat.Markdown : ArticleFormat.Html)
            .Read(new SourceText("hostile." + format, markup));
        var source = article.Source.Text;
        var findings = Shipped.Value.Find(article.Text, article.Path, out _);

        foreach (var d in Shipped.Value.Lint(article).Diagnostics)
        {
            Assert.True(d.Offset >= 0 && d.Length >= 0 && d.Offset + d.Length <= source.Length,
                $"{d.RuleId} at {d.Offset}+{d.Length} lies outside a file of {source.Length}");
            Assert.Equal(source.Substring(d.Offset, d.Length), d.Text);
            Assert.Equal(LintProperties.Position(source, d.Offset), (d.Line, d.Column));
            Assert.Equal(LintProperties.Position(source, d.Offset + d.Length), (d.EndLine, d.EndColumn));
            var finding = findings.FirstOrDefault(f => f.RuleId == d.RuleId && article.Map.ToSource(f.Start, f.Length) == (d.Offset, d.Length));
            Assert.True(finding is not null, $"{d.RuleId} at {d.Offset}+{d.Length} matches no finding in the extracted text");
            for (var i = finding.Start; i < finding.End; i++) AssertProduces(article, i, d.Offset, d.Offset + d.Length);
            foreach (var fix in d.Fixes)
            {
                Assert.True(fix.Offset >= 0 && fix.Length >= 0 && fix.Offset + fix.Length <= source.Length,
                    $"{d.RuleId}'s fix at {fix.Offset}+{fix.Length} lies outside a file of {source.Length}");
            }
        }
    }

    /// <summary>The text character at <paramref name="i"/> comes from the file inside [from, to).</summary>
    private static void AssertProduces(Article article, int i, int from, int to)
    {
        var c = article.Text[i];
        var (start, length) = article.Map.ToSource(i, 1);
        Assert.True(start >= from && start + length <= to,
            $"'{c}' at text {i} maps to {start}+{length}, outside the diagnostic's {from}..{to}");
        if (length == 0)
        {
            Assert.True(char.IsWhiteSpace(c), $"text {i} '{c}' maps to no source but is not a separator");
            return;
        }

        var produced = article.Source.Text.Substring(start, length);
        var ok = (produced.Length == 1 && produced[0] == c)
            || (char.IsWhiteSpace(c) && (char.IsWhiteSpace(produced[0]) || produced[0] == '\\'))
            || (produced[0] == '&' && WebUtility.HtmlDecode(produced.EndsWith(';') ? produced : produced + ";").Contains(c))
            || (produced.Length == 2 && produced[0] == '\\' && produced[1] == c);
        Assert.True(ok, $"text {i} '{c}' maps to \"{produced}\" at {start}, which does not produce it");
    }

    private static Gen<MarkupArticle> Compose(string[] markup, string format) =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
                (3, HostileText.Part.Where(p => p.Length < 2_000)),
                (2, Gen.Elements(markup))), n)))
            .Select(parts => new MarkupArticle(string.Concat(parts), format));

    private static IEnumerable<MarkupArticle> Shrink(MarkupArticle input)
    {
        var (markup, format) = input;
        if (markup.Length < 2) yield break;
        yield return new(markup[..(markup.Length / 2)], format);
        yield return new(markup[(markup.Length / 2)..], format);
        for (var cut = Math.Max(1, markup.Length / 8); cut >= 1; cut /= 2)
        {
            for (var at = 0; at + cut <= markup.Length; at += Math.Max(cut, markup.Length / 16))
                yield return new(markup.Remove(at, cut), format);
        }
    }
}

/// <summary>A generated Markdown (<c>md</c>) or HTML (<c>html</c>) file; shown as a JSON string.</summary>
public sealed record MarkupArticle(string Markup, string Format)
{
    public override string ToString() => $"{Format}: {System.Text.Json.JsonSerializer.Serialize(Markup)}";
}
