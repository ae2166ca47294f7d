using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using Facts = EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The shipped patterns' code generated at build time: the source it is generated from is the one
/// the shipped rules give now, every shipped pattern runs on it, it finds what the interpreter
/// finds, and it keeps to its rule's time limit. After a shipped pattern changes, write the source
/// again with <c>EDL_WRITE_SHIPPED_PATTERNS=1 dotnet test tests/EditorialLint.Rules.Tests --filter ShippedPatternsSourceTests</c>.
/// </summary>
public sealed partial class ShippedPatternsSourceTests
{
    private const string WriteVariable = "EDL_WRITE_SHIPPED_PATTERNS";

    [Fact]
    public void Source_IsTheOneTheShippedRulesGive() =>
        GeneratedSource.AssertCurrent("src/EditorialLint.Rules/Matching/ShippedPatterns.g.cs",
            Source(ShippedEntries().Select(e => PatternSearch.AsRun(e.Regex))), WriteVariable, nameof(ShippedPatternsSourceTests));

    [Fact]
    public void LiteralsSource_IsTheOneTheShippedRulesGive() =>
        GeneratedSource.AssertCurrent("src/EditorialLint.Rules/Matching/ShippedLiterals.g.cs",
            LiteralsSource(ShippedEntries().Select(e => (e.Pattern, (e.Options & RegexOptions.IgnoreCase) != 0))), WriteVariable,
            nameof(ShippedPatternsSourceTests));

    [Fact]
    public void EveryShippedPattern_IsReadWhenTheToolIsBuilt_AsItIsReadAtRunTime()
    {
        var read = 0;
        foreach (var entry in ShippedEntries())
        {
            var ignoreCase = (entry.Options & RegexOptions.IgnoreCase) != 0;
            Assert.True(ShippedLiterals.TryGet(entry.Pattern, ignoreCase, out var built), $"not read at build time: {entry.Pattern}");
            var now = RequiredLiterals.Analyse(entry.Pattern, ignoreCase);
            Assert.Equal(now.Required, built.Required);
            Assert.Equal(now.Window?.Strings, built.Window?.Strings);
            Assert.Equal(now.Window?.Before, built.Window?.Before);
            if (built.Required is not null) read++;
        }

        Assert.True(read >= 50, $"only {read} shipped patterns have literals");
        Assert.False(ShippedLiterals.TryGet("zorblax (?:quux)+", false, out _));
    }

    [Fact]
    public void EveryShippedPattern_RunsOnCodeGeneratedAtBuildTime()
    {
        var missing = ShippedEntries().Select(e => PatternSearch.AsRun(e.Regex))
            .Where(p => ShippedPatterns.CodeFor(p.Pattern, p.Options) is null).Select(p => p.Pattern).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Load_ShippedRules_ParsesNoPatternUntilAsked()
    {
        // A shipped pattern is valid (the build compiled it) and runs on its generated code: loading
        // the rules leaves its Regex unmade, so start-up parses none of them.
        var unmade = typeof(PatternEntry).GetField("_regex", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        var entries = RuleSetCompiler.Load([RuleSource.Shipped]).Scanners.OfType<PatternSearch>().Single().Entries;

        Assert.All(entries, e => Assert.Null(unmade.GetValue(e)));
        Assert.All(entries, e => Assert.Equal((e.Pattern, e.Options, e.Timeout), (e.Regex.ToString(), e.Regex.Options, e.Regex.MatchTimeout)));
    }

    [Fact]
    public void Entry_PatternWithoutGeneratedCode_IsParsedAndAMalformedOneRefused()
    {
        var entry = PatternSearch.Entry("X", "fresh (?:pattern)", ignoreCase: true, multiline: true, Anchor.None, null);

        Assert.Equal("fresh (?:pattern)", entry.Regex.ToString());
        Assert.Throws<RegexParseException>(() => PatternSearch.Entry("X", "(unclosed", ignoreCase: false, multiline: true, Anchor.None, null));
    }

    [Fact]
    public void CodeFor_PatternNotShipped_IsNone()
    {
        Assert.Null(ShippedPatterns.CodeFor("zorblax (?:quux)+", RegexOptions.CultureInvariant));
    }

    /// <summary>The same facts, in the same order, from the generated code as from the interpreter, on every seed and clean fixture and on text made to hit many patterns.</summary>
    [Fact]
    public void Scan_GeneratedCode_FindsWhatTheInterpreterFinds()
    {
        var entries = ShippedEntries();
        var generated = new PatternSearch(entries, ShippedPatterns.For);
        var interpreted = new PatternSearch(entries, (_, _) => null);
        var texts = new[] { "articles", "clean" }
            .SelectMany(f => Directory.GetFiles(RepositoryRoot.Combine("fixtures", f), "*.txt"))
            .Select(File.ReadAllText)
            .Append("Jane Psaki said ,the  talks , , were “over” ;and then-I left .He said:“No”  .\n[ad_1] Source link\n")
            .ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var expected = FactsOf(interpreted, text);
            Assert.Equal(expected, FactsOf(generated, text));
            found += expected.Count;
        }

        Assert.True(found >= 30, $"only {found} matches over the fixtures");
    }

    /// <summary>A catastrophic pattern on generated code still runs out of its rule's limit and is reported, not hung.</summary>
    [Fact]
    public void Scan_CatastrophicPatternOnGeneratedCode_RunsOutOfItsLimitAndIsReported()
    {
        var regex = PatternSearch.Compile(Catastrophic().ToString(), ignoreCase: false, multiline: true);
        var code = ShippedPatterns.CodeOf(Catastrophic());
        Assert.NotNull(code);
        var search = new PatternSearch([new PatternEntry("SLOW001", regex, Anchor.None)], (p, o) => p == regex.ToString() && o == regex.Options ? Catastrophic : null);
        var context = new ScanContext(Segmenter.Segment(new string('a', 48) + "!\n"));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        search.Scan(context);

        Assert.Equal(["SLOW001"], context.Facts.OfType<PatternTimeout>().Select(t => t.RuleId));
        Assert.True(clock.Elapsed < PatternSearch.Timeout * 15, $"took {clock.Elapsed.TotalSeconds:0.0} s for a limit of {PatternSearch.Timeout.TotalSeconds} s");
    }

    [GeneratedRegex("(a+)+$", RegexOptions.Multiline | RegexOptions.CultureInvariant, 100)]
    private static partial Regex Catastrophic();

    private static IReadOnlyList<PatternEntry> ShippedEntries() =>
        RuleSetCompiler.Load([RuleSource.Shipped]).Scanners.OfType<PatternSearch>().Single().Entries;

    private static List<string> FactsOf(PatternSearch search, string text)
    {
        var context = new ScanContext(Segmenter.Segment(text));
        search.Scan(context);
        return context.Facts.Select(f => f is Facts.Match m ? $"{m.RuleId} {m.Start} {m.Length} {m.Text} {m.Replacement}" : f.ToString()!).ToList();
    }

    /// <summary>The generated source: each distinct pattern and options once, in the order the rules first use them.</summary>
    private static string Source(IEnumerable<(string Pattern, RegexOptions Options)> patterns)
    {
        var distinct = patterns.Distinct().ToList();
        var s = new StringBuilder();
        s.Append("// <auto-generated/>\n");
        s.Append("// The shipped rules' patterns as PatternSearch runs them, compiled at build time by .NET's regex\n");
        s.Append("// source generator. Written by ShippedPatternsSourceTests from rules/; after a shipped pattern\n");
        s.Append("// changes, write it again:\n");
        s.Append("//   EDL_WRITE_SHIPPED_PATTERNS=1 dotnet test tests/EditorialLint.Rules.Tests --filter ShippedPatternsSourceTests\n");
        s.Append("using System.Text.RegularExpressions;\n\n");
        s.Append("namespace EditorialLint.Rules.Matching;\n\n");
        s.Append("internal static partial class ShippedPatterns\n{\n");
        s.Append("    private static readonly (string Pattern, RegexOptions Options, Func<Regex> Code)[] Table =\n    [\n");
        for (var i = 0; i < distinct.Count; i++)
            s.Append(CultureInfo.InvariantCulture, $"        ({Literal(distinct[i].Pattern)}, {Options(distinct[i].Options)}, P{i:000}),\n");
        s.Append("    ];\n");
        for (var i = 0; i < distinct.Count; i++)
        {
            // The limit here only makes the generator emit its checks of the clock; each match call runs with its rule's own.
            s.Append(CultureInfo.InvariantCulture, $"\n    [GeneratedRegex({Literal(distinct[i].Pattern)}, {Options(distinct[i].Options)}, {(int)PatternSearch.Budget.TotalMilliseconds})]\n");
            s.Append(CultureInfo.InvariantCulture, $"    private static partial Regex P{i:000}();\n");
        }

        s.Append("}\n");
        return s.ToString();
    }

    /// <summary>The generated literals: each distinct pattern and case once, in the order the rules first use them.</summary>
    private static string LiteralsSource(IEnumerable<(string Pattern, bool IgnoreCase)> patterns)
    {
        var s = new StringBuilder();
        s.Append("// <auto-generated/>\n");
        s.Append("// What RequiredLiterals reads in each shipped pattern: the literals every match holds, and the\n");
        s.Append("// window of strings near a match's start. Written by ShippedPatternsSourceTests from rules/; after\n");
        s.Append("// a shipped pattern changes, write it again:\n");
        s.Append("//   EDL_WRITE_SHIPPED_PATTERNS=1 dotnet test tests/EditorialLint.Rules.Tests --filter ShippedPatternsSourceTests\n");
        s.Append("#nullable enable\n");
        s.Append("namespace EditorialLint.Rules.Matching;\n\n");
        s.Append("internal static partial class ShippedLiterals\n{\n");
        s.Append("    private static readonly (string Pattern, bool IgnoreCase, string[]? Required, string[]? Window, int Before)[] Table =\n    [\n");
        foreach (var (pattern, ignoreCase) in patterns.Distinct())
        {
            var (required, window) = RequiredLiterals.Analyse(pattern, ignoreCase);
            s.Append(CultureInfo.InvariantCulture,
                $"        ({Literal(pattern)}, {(ignoreCase ? "true" : "false")}, {Strings(required)}, {Strings(window?.Strings)}, {window?.Before ?? 0}),\n");
        }

        s.Append("    ];\n}\n");
        return s.ToString();
    }

    private static string Strings(string[]? strings) => strings is null ? "null" : "[" + string.Join(", ", strings.Select(Literal)) + "]";

    private static string Options(RegexOptions options) =>
        string.Join(" | ", Enum.GetValues<RegexOptions>().Where(o => o != RegexOptions.None && options.HasFlag(o)).Select(o => "RegexOptions." + o));

    /// <summary>A C# literal of <paramref name="text"/>: verbatim, as the pattern reads, unless it holds characters best escaped.</summary>
    private static string Literal(string text)
    {
        if (!text.Any(NeedsEscape)) return "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var s = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': s.Append(@"\\"); break;
                case '"': s.Append("\\\""); break;
                default:
                    if (NeedsEscape(c))
                        s.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else
                        s.Append(c);
                    break;
            }
        }

        return s.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' || (c > '\u007E' && char.IsWhiteSpace(c));
}
