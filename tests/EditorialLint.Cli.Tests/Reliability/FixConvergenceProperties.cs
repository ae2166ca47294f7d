using System.Text.Json;
using EditorialLint.Cli.Fixing;
using EditorialLint.Core.Policy;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// <c>--fix</c>'s fixer with the shipped rules over damaged articles in every format. The property
/// proved: when a fixing run ends because no fix is left to apply (not at its pass limit), fixing
/// its result again applies nothing and changes nothing: the result is a fixed point. And every
/// run either ends that way or says, in a note, that it stopped at the limit.
/// </summary>
public sealed class FixConvergenceProperties
{
    private static readonly Lazy<ArticleFixer> Fixer = new(() =>
        new ArticleFixer(new ArticleLinter(RuleSetCompiler.Load([RuleSource.Shipped])), LintPolicy.Default));

    private static readonly Lazy<string[]> Damage = new(() =>
    [
        .. RuleSource.Shipped.PackFiles().SelectMany(f => RulePackReader.Read(RuleSource.Shipped, f).Rules)
            .SelectMany(r => r.Examples).Where(e => e.IsBad).Select(e => e.Text),
        " ", "\n", "\r\n", "\n\n", "\r", "\u00a0", "\U0001F600", "e\u0301", "\u0645\u0631\u062d\u0628\u0627", "\u201c", "\u201d", "\"", "'",
        "...", " .", ",,", "*", "_", "<b>", "</b>", "&amp;", "# ", "> ",
    ]);

    /// <summary>An article's file: its format's extension and its text.</summary>
    public sealed record FixCase(string Extension, string[] Parts)
    {
        public string Text => Extension == "json"
            ? JsonSerializer.Serialize(new { headline = Parts.FirstOrDefault() ?? "", body = string.Concat(Parts.Skip(1)) })
            : string.Concat(Parts);

        public override string ToString() => $"{Extension}: {JsonSerializer.Serialize(Text)}";
    }

    public static Arbitrary<FixCase> Cases() =>
        Arb.From(
            from extension in Gen.Elements("txt", "md", "html", "json")
            from parts in Gen.Sized(size => Gen.Choose(1, Math.Max(1, size / 3)).SelectMany(n => Gen.ArrayOf(Gen.Elements(Damage.Value), n)))
            select new FixCase(extension, parts),
            c => Enumerable.Range(0, c.Parts.Length).Select(i => c with { Parts = c.Parts.Where((_, k) => k != i).ToArray() }));

    [Property(MaxTest = 200, Arbitrary = [typeof(FixConvergenceProperties)])]
    public void Fix_DamagedArticle_EndsAtAFixedPointOrSaysItStopped(FixCase c)
    {
        var article = ArticleReader.Read("article." + c.Extension, System.Text.Encoding.UTF8.GetBytes(c.Text));

        var first = Fixer.Value.Fix(article);

        var stopped = first.Notes.Any(n => n.Contains($"after {ArticleFixer.MaxPasses} passes", StringComparison.Ordinal));
        Assert.False(stopped, $"the shipped rules' fixes did not settle in {ArticleFixer.MaxPasses} passes: {string.Join(" | ", first.Notes)}");
        var second = Fixer.Value.Fix(first.Fixed);
        Assert.Equal(0, second.Applied);
        Assert.Equal(first.Fixed.Source.Text, second.Fixed.Source.Text);
        // The fixed text is still an article of its format that the tool can read back.
        ArticleReader.Read("article." + c.Extension, ArticleFixer.Encode(first.Fixed.Source));
    }
}
