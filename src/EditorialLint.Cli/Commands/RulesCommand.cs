using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Commands;

/// <summary><c>editorial-lint rules list|test|explain</c>: what the rules are, and whether their examples hold.</summary>
public static class RulesCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0) throw new UsageException("rules: use rules list, rules test [PATH] or rules explain ID");
        var verb = args[0];
        var reader = new ArgumentReader($"rules {verb}", args[1..]);
        var choice = new RuleSetChoice();
        var positional = new List<string>();
        while (reader.TryNext(out var raw))
        {
            if (!raw.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(raw);
                continue;
            }

            var option = reader.Option(raw);
            if (!choice.TryRead(option, reader)) throw reader.Unknown(option);
        }

        switch (verb)
        {
            case "list":
                return List(choice, output);
            case "test":
                if (positional.Count > 1) throw new UsageException("rules test: name at most one rule file or folder");
                if (positional.Count == 1) choice.RulePaths.Add(positional[0]);
                return Test(choice, positional.Count == 1, output);
            case "explain":
                if (positional.Count != 1) throw new UsageException("rules explain: name one rule id, e.g. EDL0101");
                return Explain(choice, positional[0], output, errors);
            default:
                throw new UsageException($"rules: unknown verb '{verb}'; use list, test or explain");
        }
    }

    private static int List(RuleSetChoice choice, TextWriter output)
    {
        var rules = choice.Load();
        foreach (var d in rules.Descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
            output.WriteLine($"{d.Id}  {d.Category,-19} {d.Severity.ToString().ToLowerInvariant(),-10} {d.Kind,-15} {d.Title}");
        output.WriteLine($"{rules.Descriptors.Count} rules");
        return 0;
    }

    private static int Test(RuleSetChoice choice, bool onlyNamed, TextWriter output)
    {
        // The examples are run here, not at load, so that every failure is listed.
        var named = choice.RulePaths.ToList();
        choice.RulePaths.Clear();
        var sources = new List<RuleSource>();
        if (!choice.NoDefaultRules) sources.Add(RuleSource.Shipped);
        foreach (var path in named)
        {
            if (!File.Exists(path) && !Directory.Exists(path)) throw new UsageException($"rules test: {path}: no such file or folder");
            sources.Add(RuleSource.FromPath(path));
        }

        var rules = EditorialLint.Rules.Compilation.RuleSetCompiler.Load(sources);
        var linter = new ArticleLinter(rules);
        var specs = rules.Specs.Where(s => !onlyNamed || s.Pack.Source != RuleSource.Shipped).ToList();
        var failures = specs.SelectMany(s => ExampleRunner.Run(linter, s)).ToList();
        foreach (var f in failures) output.WriteLine(f.ToString());
        var examples = specs.Sum(s => s.Examples.Count);
        output.WriteLine($"{specs.Count} rules, {examples} examples: {failures.Count} failed");
        return failures.Count == 0 ? 0 : 1;
    }

    private static int Explain(RuleSetChoice choice, string id, TextWriter output, TextWriter errors)
    {
        var rules = choice.Load();
        var spec = rules.Specs.FirstOrDefault(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (spec is null)
        {
            errors.WriteLine($"editorial-lint: rules explain: no rule '{id}'; run 'editorial-lint rules list' for the ids");
            return 2;
        }

        output.WriteLine($"{spec.Id}: {spec.Title}");
        output.WriteLine($"  category: {spec.Category}   severity: {spec.Severity.ToString().ToLowerInvariant()}   kind: {spec.Kind}");
        output.WriteLine($"  defined in {spec.File}:{spec.Line}");
        output.WriteLine($"  message: {spec.Message}");
        if (spec.Description.Length > 0)
        {
            output.WriteLine();
            output.WriteLine("  " + spec.Description.Trim().Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        output.WriteLine();
        output.WriteLine("  examples:");
        foreach (var e in spec.Examples)
        {
            output.WriteLine(e.IsBad ? $"    bad:  {e.Text.Replace("\n", "\\n", StringComparison.Ordinal)}" : $"    good: {e.Text.Replace("\n", "\\n", StringComparison.Ordinal)}");
            if (e.IsBad) output.WriteLine($"          reports: {string.Join(", ", e.Expect.Select(x => $"'{x}'"))}");
            if (e.Fixed is not null) output.WriteLine($"          fixed: {e.Fixed}");
        }

        return 0;
    }
}
