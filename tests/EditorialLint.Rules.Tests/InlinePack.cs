using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Rules.Tests;

/// <summary>Compiles rule packs written inline in a test and lints texts with them.</summary>
internal static class InlinePack
{
    /// <summary>A folder that holds no files, so data files fall back to the shipped ones.</summary>
    public static RuleSource Source { get; } =
        RuleSource.FromPath(Path.Combine(Path.GetTempPath(), "editorial-lint-tests-" + Guid.NewGuid().ToString("N")));

    /// <summary>The name the inline pack is read under.</summary>
    public const string FileName = "x.rules.yaml";

    /// <summary>How the inline pack's file is shown in messages.</summary>
    public static string DisplayName => Source.DisplayName(FileName);

    /// <summary>Reads one pack from YAML text.</summary>
    public static RulePack Parse(string yaml, string fileName = FileName) => RulePackReader.Parse(Source, fileName, yaml);

    /// <summary>Reads and compiles one pack.</summary>
    public static CompiledRuleSet Compile(string yaml) => RuleSetCompiler.Compile([Parse(yaml)]);

    /// <summary>A linter over one inline pack.</summary>
    public static ArticleLinter Linter(string yaml) => new(Compile(yaml));

    /// <summary>The findings of <paramref name="ruleId"/> on <paramref name="text"/>.</summary>
    public static IReadOnlyList<Finding> Find(ArticleLinter linter, string text, string ruleId) =>
        linter.FindAll(text, "test.txt", out _).Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The text of each finding, in order.</summary>
    public static IReadOnlyList<string> Spans(string text, IEnumerable<Finding> findings) =>
        findings.Select(f => text.Substring(f.Start, f.Length)).ToList();
}
