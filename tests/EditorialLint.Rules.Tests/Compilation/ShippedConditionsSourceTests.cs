using System.Linq.Expressions;
using System.Text;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Engine;
using EditorialLint.Engine.Extensibility;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests.Compilation;

/// <summary>
/// The shipped rules' lambdas compiled at build time: the source they are compiled from is the one
/// the shipped rules (and the kinds' other options, <see cref="Variants"/>) give now, every such
/// lambda has its delegate there, and the delegates do what the compiled trees do. After a shipped rule's lambda changes (a kind's code, or what a rule asks
/// of it), write the source again with
/// <c>EDL_WRITE_SHIPPED_CONDITIONS=1 dotnet test tests/EditorialLint.Rules.Tests --filter ShippedConditionsSourceTests</c>.
/// </summary>
public sealed class ShippedConditionsSourceTests
{
    /// <summary>
    /// What a rule kind can ask of the engine beyond what the shipped rules ask: every option that
    /// changes a lambda. A newsroom's own rule of these kinds runs on delegates compiled with the tool
    /// too, and so never meets the expression interpreter in a native build (which cannot evaluate
    /// conditions on spans).
    /// </summary>
    internal const string Variants = """
        pack: variants
        rules:
          - { id: VAR001, title: t, category: style, severity: warning, kind: existence, message: m, terms: [zzqa], scope: headline, examples: [{ good: g }] }
          - { id: VAR002, title: t, category: style, severity: warning, kind: existence, message: m, terms: [zzqb], scope: all, examples: [{ good: g }] }
          - { id: VAR003, title: t, category: style, severity: warning, kind: substitution, message: m, swap: { zzqc: zzqd }, scope: headline, examples: [{ good: g }] }
          - id: VAR004
            title: t
            category: style
            severity: warning
            kind: sentence
            message: m
            report: last-word
            when: { headline: true, starts-lowercase: false, max-words: 9, min-words: 2, ends-with: [zzqe], ends-without-terminal: true, last-in-paragraph: true, last-in-article: false }
            examples: [{ good: g }]
          - id: VAR005
            title: t
            category: style
            severity: warning
            kind: sentence
            message: m
            report: clause
            when: { starts-lowercase: true, no-verb: true, starts-with: [zzqf], first-in-paragraph: true, last-in-article: true, glued-final-clause: [and] }
            examples: [{ good: g }]
          - id: VAR006
            title: t
            category: style
            severity: warning
            kind: sentence
            message: m
            report: sentence
            when: { last-in-paragraph: false, ends-without-terminal: true }
            examples: [{ good: g }]
        """;

    private static readonly Lazy<List<LambdaExpression>> Shipped = new(() =>
    {
        var recorder = new Recorder();
        RuleSetCompiler.Compile(ShippedPacks(), new RuleCompiler { ExpressionCompiler = recorder, CompileExpressionsOnFirstUse = false });
        RuleSetCompiler.Compile([InlinePack.Parse(Variants)], new RuleCompiler { ExpressionCompiler = recorder, CompileExpressionsOnFirstUse = false });
        return recorder.Lambdas;
    });

    [Fact]
    public void Source_IsTheOneTheShippedRulesGive() =>
        GeneratedSource.AssertCurrent("src/EditorialLint.Rules/Compilation/ShippedConditions.g.cs",
            Source(Shipped.Value.Select(LambdaSource.Of).OfType<string>().Distinct(StringComparer.Ordinal)), "EDL_WRITE_SHIPPED_CONDITIONS",
            nameof(ShippedConditionsSourceTests));

    [Fact]
    public void EveryShippedLambda_HasItsDelegateCompiledAtBuildTime()
    {
        Assert.True(Shipped.Value.Count >= 30, $"only {Shipped.Value.Count} lambdas");
        var missing = Shipped.Value.Where(l => LambdaSource.Of(l) is not { } source || ShippedConditions.For(source) is null)
            .Select(l => $"{l} ({LambdaSource.WhyNone(l) ?? "not in the table"})").ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Compile_LambdaNotShipped_IsCompiledAtRunTime()
    {
        Expression<Func<object?, object?[], bool>> fresh = (o, c) => o is string && ((string)o).Length == 40_417;

        var compiled = ShippedConditions.Compiler.Compile(fresh);

        Assert.NotNull(LambdaSource.Of(fresh));
        Assert.Null(ShippedConditions.For(LambdaSource.Of(fresh)!));
        Assert.True(compiled(new string('x', 40_417), []));
        Assert.False(compiled("short", []));
    }

    /// <summary>The same findings, in the same order, from the delegates compiled at build time as from the trees compiled at run time.</summary>
    [Fact]
    public void Lint_BuildTimeDelegates_FindWhatRunTimeCompilationFinds()
    {
        var packs = ShippedPacks();
        var ahead = new ArticleLinter(RuleSetCompiler.Compile(packs));
        var atRunTime = new ArticleLinter(RuleSetCompiler.Compile(packs, new RuleCompiler()));
        var texts = new[] { "articles", "clean", "labelled" }
            .SelectMany(f => Directory.GetFiles(RepositoryRoot.Combine("fixtures", f), "*.txt", SearchOption.AllDirectories))
            .Select(File.ReadAllText)
            .Append("Blinken spoke with NATO Chairman Jens Stoltenberg. White House spokesman Jen Psaki said ,no .\n[ad_1] Source link\n")
            .ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var expected = Describe(atRunTime.FindAll(text, "a.txt", out _));
            Assert.Equal(expected, Describe(ahead.FindAll(text, "a.txt", out _)));
            found += expected.Count;
        }

        Assert.True(found >= 60, $"only {found} findings over the fixtures");
    }

    private static List<string> Describe(IReadOnlyList<Finding> findings) =>
        findings.Select(f => $"{f.RuleId} {f.Start} {f.Length} {f.Message}").ToList();

    private static List<RulePack> ShippedPacks() =>
        RuleSource.Shipped.PackFiles().Select(f => RulePackReader.Read(RuleSource.Shipped, f)).ToList();

    /// <summary>The generated source: each distinct lambda once, in the order the rules first compile them.</summary>
    private static string Source(IEnumerable<string> lambdas)
    {
        var s = new StringBuilder();
        s.Append("// <auto-generated/>\n");
        s.Append("// The shipped rules' lambdas as the engine hands them over, each under its own source (LambdaSource).\n");
        s.Append("// Written by ShippedConditionsSourceTests from rules/ and the rule kinds; after one changes, write it again:\n");
        s.Append("//   EDL_WRITE_SHIPPED_CONDITIONS=1 dotnet test tests/EditorialLint.Rules.Tests --filter ShippedConditionsSourceTests\n");
        s.Append("#nullable disable\n");
        s.Append("#pragma warning disable\n\n");
        s.Append("namespace EditorialLint.Rules.Compilation;\n\n");
        s.Append("internal static partial class ShippedConditions\n{\n");
        s.Append("    private static Dictionary<string, Delegate> Build() => new(StringComparer.Ordinal)\n    {\n");
        foreach (var lambda in lambdas)
        {
            s.Append("        [").Append(Literal(lambda)).Append("] =\n");
            s.Append("            ").Append(lambda).Append(",\n");
        }

        s.Append("    };\n}\n");
        return s.ToString();
    }

    private static string Literal(string text) => "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class Recorder : IExpressionCompiler
    {
        public List<LambdaExpression> Lambdas { get; } = [];

        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
            where TDelegate : Delegate
        {
            lock (Lambdas) Lambdas.Add(expression);
            return expression.Compile();
        }
    }
}
