using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Commands;

/// <summary>Which rules a command uses: the shipped packs unless dropped, plus any <c>--rules</c> paths.</summary>
internal sealed class RuleSetChoice
{
    public List<string> RulePaths { get; } = [];

    public bool NoDefaultRules { get; set; }

    /// <summary>Reads <c>--rules</c> and <c>--no-default-rules</c>; false when the option is not one of them.</summary>
    public bool TryRead(string option, ArgumentReader reader)
    {
        switch (option)
        {
            case "--rules":
                RulePaths.Add(reader.Value(option));
                return true;
            case "--no-default-rules":
                NoDefaultRules = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Loads and compiles the chosen packs. The rules of packs given with <c>--rules</c> must pass
    /// their own examples to load (a pass is remembered for the same packs); the shipped ones are
    /// proven by the test suite.
    /// </summary>
    public CompiledRuleSet Load() => Load([]);

    /// <summary>Loads the chosen packs and <paramref name="extraPacks"/> (from a configuration file) together.</summary>
    public CompiledRuleSet Load(IEnumerable<string> extraPacks)
    {
        var sources = new List<RuleSource>();
        if (!NoDefaultRules) sources.Add(RuleSource.Shipped);
        var paths = RulePaths.Concat(extraPacks).ToList();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
                throw new UsageException($"--rules {path}: no such file or folder");
            sources.Add(RuleSource.FromPath(path));
        }

        if (sources.Count == 0) throw new UsageException("no rules: --no-default-rules needs at least one --rules PATH");
        var rules = RuleSetCompiler.Load(sources);
        if (paths.Count > 0 && ExampleRunner.FirstFailureOfOwnRules(rules) is { } failure)
            throw new RuleLoadException(failure.File, failure.Line, 1, $"rule {failure.RuleId} fails its own example: {failure.Problem}");

        return rules;
    }
}
