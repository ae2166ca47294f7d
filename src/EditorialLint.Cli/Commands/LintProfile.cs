using EditorialLint.Cli.Fixing;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Policy;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Commands;

/// <summary>Everything one configuration lints with: its compiled rules, house style, policy and fixer.</summary>
internal sealed class LintProfile
{
    public LintProfile(LintConfiguration configuration, CompiledRuleSet rules, LintPolicy policy, bool fix)
    {
        Configuration = configuration;
        Rules = rules;
        Linter = new ArticleLinter(rules, configuration.Prefer);
        Policy = policy;
        Fixer = fix ? new ArticleFixer(Linter, policy) : null;
    }

    public LintConfiguration Configuration { get; }

    public CompiledRuleSet Rules { get; }

    public ArticleLinter Linter { get; }

    public LintPolicy Policy { get; }

    public ArticleFixer? Fixer { get; }
}
