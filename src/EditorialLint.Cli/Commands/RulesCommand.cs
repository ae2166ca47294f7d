using EditorialLint.Cli.Authoring;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Kinds;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Commands;

/// <summary>
/// <c>editorial-lint rules list|test|explain|new|docs</c>: what the rules are, whether their examples
/// hold, a scaffold for a new rule, and the generated documentation.
/// </summary>
public static class RulesCommand
{
    /// <summary>The verbs and their options, for usage messages.</summary>
    public const string Usage = """
        rules list [--rules PATH]... [--no-default-rules]
        rules test [PATH] [--rules PATH]... [--no-default-rules]
        rules explain ID [--rules PATH]...
        rules new ID --kind KIND --category CATEGORY [--severity SEVERITY] [--out FILE]
        rules docs [--out docs/rules] [--readme README.md] [--check] [--rules PATH]... [--no-default-rules]
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            if (args.Length == 0) throw new UsageException("rules: use rules list, test [PATH], explain ID, new ID --kind KIND --category CATEGORY, or docs; 'editorial-lint rules help' shows the options");
            output.WriteLine(Usage);
            return 0;
        }

        var verb = args[0];
        var reader = new ArgumentReader($"rules {verb}", args[1..]);
        var choice = new RuleSetChoice();
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var check = false;
        while (reader.TryNext(out var raw))
        {
            if (!raw.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(raw);
                continue;
            }

            var option = reader.Option(raw);
            if (choice.TryRead(option, reader)) continue;
            switch (option)
            {
                case "--kind" or "--category" or "--severity" or "--out" or "--readme":
                    options[option] = reader.Value(option);
                    break;
                case "--check":
                    check = true;
                    break;
                default:
                    throw reader.Unknown(option);
            }
        }

        var allowed = verb switch
        {
            "new" => new[] { "--kind", "--category", "--severity", "--out" },
            "docs" => ["--out", "--readme"],
            _ => [],
        };
        foreach (var option in options.Keys.Where(o => !allowed.Contains(o)))
            throw new UsageException($"rules {verb}: option {option} is not used here");
        if (check && verb != "docs") throw new UsageException($"rules {verb}: option --check is not used here");

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
            case "new":
                if (positional.Count != 1) throw new UsageException("rules new: name one rule id, e.g. rules new EDL0801 --kind existence --category style");
                return New(choice, positional[0], options, output);
            case "docs":
                if (positional.Count > 0) throw new UsageException("rules docs: takes no arguments; use --out and --readme");
                return Docs(choice, options.GetValueOrDefault("--out", "docs/rules"), options.GetValueOrDefault("--readme", "README.md"), check, output);
            default:
                throw new UsageException($"rules: unknown verb '{verb}'; use list, test, explain, new or docs");
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
        var rules = RuleSetCompiler.Load(Sources(choice, "rules test"));
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

    private static int New(RuleSetChoice choice, string id, Dictionary<string, string> options, TextWriter output)
    {
        var kind = options.GetValueOrDefault("--kind") ?? throw new UsageException($"rules new: --kind is required; kinds: {string.Join(", ", RuleKinds.Names)}");
        var category = options.GetValueOrDefault("--category") ?? throw new UsageException($"rules new: --category is required; categories: {string.Join(", ", Categories.All)}");
        if (!RuleKinds.TryGet(kind, out _)) throw new UsageException($"rules new: unknown kind '{kind}'; kinds: {string.Join(", ", RuleKinds.Names)}");
        if (!Categories.IsKnown(category)) throw new UsageException($"rules new: unknown category '{category}'; categories: {string.Join(", ", Categories.All)}");
        var severityName = options.GetValueOrDefault("--severity", "warning");
        if (!SeverityNames.TryParse(severityName, out var severity)) throw new UsageException($"rules new: unknown severity '{severityName}'; use error, warning or suggestion");
        var rule = RuleScaffold.Rule(id, kind, category, severity)
            ?? throw new UsageException($"rules new: there is no scaffold for kind '{kind}' yet; start from a rule of that kind in rules/*.rules.yaml");

        var outFile = options.GetValueOrDefault("--out");
        var existing = outFile is not null && File.Exists(outFile) ? File.ReadAllText(outFile) : null;
        var text = outFile is null
            ? RuleScaffold.Pack(RuleScaffold.PackName($"{id.ToLowerInvariant()}.rules.yaml"), rule, RuleScaffold.SchemaUri)
            : existing is null
                ? RuleScaffold.Pack(RuleScaffold.PackName(outFile), rule, RuleScaffold.SchemaReference(outFile))
                : (existing.EndsWith('\n') ? existing : existing + "\n") + "\n" + rule;

        // The scaffold must load: the loader checks the id, the keys and the examples' shape.
        var target = Path.GetFullPath(outFile ?? $"{id.ToLowerInvariant()}.rules.yaml");
        var source = RuleSource.FromPath(Path.GetDirectoryName(target)!);
        var relative = Path.GetFileName(target);
        RulePack pack;
        try
        {
            pack = RulePackReader.Parse(source, relative, text);
        }
        catch (RuleLoadException e)
        {
            throw new UsageException(existing is null
                ? $"rules new: {e.Problem}"
                : $"rules new: cannot add {id} at the end of {outFile} ({e.Problem}); run without --out and paste the rule into its 'rules' list");
        }

        if (existing is not null && (pack.Rules.Count == 0 || pack.Rules[^1].Id != id))
        {
            throw new UsageException($"rules new: cannot add {id} at the end of {outFile}: its 'rules' list is not the last thing in the file; "
                + "run without --out and paste the rule into the list");
        }

        var others = OtherPacks(choice, source.DisplayName(relative));
        var used = others.SelectMany(p => p.Rules).Concat(pack.Rules.Take(pack.Rules.Count - 1)).FirstOrDefault(r => r.Id == id);
        if (used is not null) throw new UsageException($"rules new: {id} is already used at {used.File}:{used.Line}; the next free id is {NextFreeId(id, others.Append(pack))}");
        try
        {
            // Alone: the ids of the others are checked above, and compiling them again would only cost time.
            RuleSetCompiler.Compile([pack]);
        }
        catch (RuleLoadException e) when (e.File == pack.DisplayName && existing is null)
        {
            throw new UsageException($"rules new: {e.Problem}");
        }

        if (outFile is null)
        {
            output.Write(text);
            return 0;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(outFile, text);
        output.WriteLine($"{(existing is null ? "wrote" : "added")} {id} ({kind}, {category}) to {outFile}; replace its TODOs, then run 'editorial-lint rules test {outFile}'");
        return 0;
    }

    private static List<RulePack> OtherPacks(RuleSetChoice choice, string targetDisplayName)
    {
        var packs = new List<RulePack>();
        if (!choice.NoDefaultRules) packs.AddRange(RuleSource.Shipped.PackFiles().Select(f => RulePackReader.Read(RuleSource.Shipped, f)));
        foreach (var path in choice.RulePaths)
        {
            if (!File.Exists(path) && !Directory.Exists(path)) throw new UsageException($"--rules {path}: no such file or folder");
            var source = RuleSource.FromPath(path);
            packs.AddRange(source.PackFiles().Where(f => source.DisplayName(f) != targetDisplayName).Select(f => RulePackReader.Read(source, f)));
        }

        return packs;
    }

    private static string NextFreeId(string id, IEnumerable<RulePack> packs)
    {
        var used = packs.SelectMany(p => p.Rules).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var digits = id.Length - id.TakeWhile(char.IsAsciiLetterUpper).Count();
        var prefix = id[..^digits];
        for (var n = int.Parse(id[^digits..], System.Globalization.CultureInfo.InvariantCulture) + 1; n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length <= digits; n++)
        {
            var candidate = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
            if (!used.Contains(candidate)) return candidate;
        }

        return "none of this width";
    }

    private static int Docs(RuleSetChoice choice, string outDirectory, string readme, bool check, TextWriter output)
    {
        if (!File.Exists(readme)) throw new UsageException($"rules docs: {readme}: no such file; name the README with --readme");
        var layout = new DocsLayout(Path.GetFullPath(outDirectory), Path.GetFullPath(readme));
        var docs = RuleDocs.Build(RuleSetCompiler.Load(Sources(choice, "rules docs")), layout);
        IReadOnlyList<DocsChange> changes;
        try
        {
            changes = DocsPlan.Compare(docs, layout);
        }
        catch (FormatException e)
        {
            throw new UsageException($"rules docs: {readme}: {e.Message}");
        }

        // Paths as the repository names them: relative to the README's folder.
        string Show(DocsChange c) => DocsLayout.Link(Path.GetDirectoryName(layout.ReadmePath)!, c.Path);
        if (check)
        {
            foreach (var change in changes) output.WriteLine($"stale: {Show(change)}{(change.IsDelete ? " (its rule is gone)" : "")}");
            output.WriteLine(changes.Count == 0
                ? $"{docs.Pages.Count} rule pages and the README's rule table are up to date"
                : $"{changes.Count} files stale; run 'editorial-lint rules docs' and commit them");
            return changes.Count == 0 ? 0 : 1;
        }

        DocsPlan.Apply(changes);
        foreach (var change in changes) output.WriteLine($"{(change.IsDelete ? "deleted" : "wrote")} {Show(change)}");
        output.WriteLine($"{docs.Pages.Count} rule pages and the README's rule table: {changes.Count} files changed");
        return 0;
    }

    /// <summary>The shipped packs unless dropped, and the named paths, for commands that run examples themselves.</summary>
    private static List<RuleSource> Sources(RuleSetChoice choice, string command)
    {
        var sources = new List<RuleSource>();
        if (!choice.NoDefaultRules) sources.Add(RuleSource.Shipped);
        foreach (var path in choice.RulePaths)
        {
            if (!File.Exists(path) && !Directory.Exists(path)) throw new UsageException($"{command}: {path}: no such file or folder");
            sources.Add(RuleSource.FromPath(path));
        }

        if (sources.Count == 0) throw new UsageException($"{command}: no rules: --no-default-rules needs at least one --rules PATH");
        return sources;
    }
}
