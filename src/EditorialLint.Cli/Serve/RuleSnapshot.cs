using EditorialLint.Core.Policy;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Serve;

/// <summary>One compiled rule set as the server serves it; a request reads one snapshot and keeps it to the end.</summary>
/// <param name="Rules">The compiled rules.</param>
/// <param name="Linter">The linter over them, shared by all requests.</param>
/// <param name="Policy">The configuration's severities and minimum severity that answers go through.</param>
/// <param name="Generation">1 for the rules loaded at start, one more for each reload that compiled.</param>
/// <param name="LoadedAt">When this generation was swapped in.</param>
public sealed record RuleSnapshot(CompiledRuleSet Rules, ArticleLinter Linter, LintPolicy Policy, int Generation, DateTimeOffset LoadedAt);
