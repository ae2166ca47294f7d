using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Reading;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Rules.Tests.Running;

public class CleanControlsTests(ITestOutputHelper output)
{
    private const int WordsPerAllowedDiagnostic = 2_000;

    private static readonly Lazy<ArticleLinter> Shipped = new(() => new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])));

    private static LintResult Lint(string path) => Shipped.Value.Lint(ArticleReader.Read(path, File.ReadAllBytes(path)));

    [Fact]
    public void CleanControls_HaveAtMostOneWarningPer2000Words()
    {
        var files = Directory.GetFiles(RepositoryRoot.Combine("fixtures", "clean"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 46, $"expected the 46 clean controls, found {files.Count}");
        var words = 0;
        var flagged = new List<string>();
        foreach (var file in files)
        {
            var result = Lint(file);
            words += Segmenter.Segment(result.Article.Text).Tokens.Count(t => t.Kind == TokenKind.Word);
            flagged.AddRange(result.Diagnostics.Where(d => d.Severity >= Severity.Warning)
                .Select(d => $"{Path.GetFileName(file)}:{d.Line}:{d.Column}: {d.RuleId} {d.Severity}: {d.Message}"));
        }

        var allowed = words / WordsPerAllowedDiagnostic;
        output.WriteLine($"{flagged.Count} errors and warnings in {words} words of {files.Count} clean controls (allowed {allowed})");
        foreach (var line in flagged) output.WriteLine(line);
        Assert.True(flagged.Count <= allowed,
            $"{flagged.Count} errors and warnings in {words} words of clean copy, allowed {allowed}:{Environment.NewLine}{string.Join(Environment.NewLine, flagged)}");
    }

    [Fact]
    public void Seeds_EveryExpectedDefectIsReportedWithItsCategory()
    {
        var missed = new List<string>();
        var total = 0;
        foreach (var (file, category, text) in SeedItems("expected.yaml"))
        {
            var result = Lint(Fixture(file));
            foreach (var start in Occurrences(result.Article.Source.Text, text))
            {
                total++;
                if (!result.Diagnostics.Any(d => d.Category == category && Overlaps(d, start, text.Length)))
                    missed.Add($"{file}: {category}: '{text}' at offset {start}");
            }
        }

        Assert.True(missed.Count == 0, $"{total - missed.Count}/{total} reported; missed:{Environment.NewLine}{string.Join(Environment.NewLine, missed)}");
        Assert.Equal(56, total);
    }

    [Fact]
    public void Seeds_NoDiagnosticOverlapsAQuietPassage()
    {
        var flagged = new List<string>();
        var total = 0;
        foreach (var (file, _, text) in SeedItems("quiet.yaml"))
        {
            var result = Lint(Fixture(file));
            foreach (var start in Occurrences(result.Article.Source.Text, text))
            {
                total++;
                flagged.AddRange(result.Diagnostics.Where(d => Overlaps(d, start, text.Length))
                    .Select(d => $"{file}: {d.RuleId} '{d.Text}' inside '{text}'"));
            }
        }

        Assert.True(flagged.Count == 0, string.Join(Environment.NewLine, flagged));
        Assert.Equal(26, total);
    }

    [Fact]
    public void Seeds_EveryDiagnosticSpanIsTheSliceAtItsLineAndColumn()
    {
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(RepositoryRoot.Combine("fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            var result = Lint(path);
            var source = result.Article.Source.Text;
            foreach (var d in result.Diagnostics)
            {
                var slice = source.Substring(d.Offset, d.Length);
                var (start, end) = (Position(source, d.Offset), Position(source, d.Offset + d.Length));
                if (slice != d.Text || start != (d.Line, d.Column) || end != (d.EndLine, d.EndColumn))
                    problems.Add($"{Path.GetFileName(path)} {d.RuleId} offset {d.Offset}: '{d.Text}' at {d.Line}:{d.Column}-{d.EndLine}:{d.EndColumn}, file has '{slice}' at {start}-{end}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return (1 + text.AsSpan(0, offset).Count('\n'), offset - lineStart + 1);
    }

    private static string Fixture(string file) => RepositoryRoot.Combine("fixtures", "articles", file);

    private static bool Overlaps(Diagnostic d, int start, int length) => d.Offset < start + length && start < d.Offset + d.Length;

    private static IEnumerable<int> Occurrences(string text, string needle)
    {
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
            yield return i;
    }

    private static IEnumerable<(string File, string Category, string Text)> SeedItems(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryRoot.Combine("tests", "EditorialLint.Rules.Tests", "Seeds", name))));
        var items = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("items")];
        foreach (var item in items.Cast<YamlMappingNode>())
        {
            string Value(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            yield return (Value("file"), Value("category"), Value("text"));
        }
    }
}
