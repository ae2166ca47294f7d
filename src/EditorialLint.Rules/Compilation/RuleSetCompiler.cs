using EditorialLint.Engine;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Rules.Kinds;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Compilation;

/// <summary>Loads rule packs and compiles them, through their kinds, into one <see cref="CompiledRuleSet"/>.</summary>
public static class RuleSetCompiler
{
    /// <summary>Loads every pack of the given sources and compiles them together.</summary>
    public static CompiledRuleSet Load(IEnumerable<RuleSource> sources)
    {
        var packs = new List<RulePack>();
        foreach (var source in sources)
        {
            var files = source.PackFiles();
            if (files.Count == 0 && source != RuleSource.Shipped)
                throw new RuleLoadException(source.DisplayName(""), 1, 1, "no rule packs (*.rules.yaml) found");
            packs.AddRange(files.Select(f => RulePackReader.Read(source, f)));
        }

        return Compile(packs);
    }

    /// <summary>Compiles already-read packs; a reused id or a rule the engine refuses stops with its place.</summary>
    public static CompiledRuleSet Compile(IEnumerable<RulePack> packs) =>
        Compile(packs, new RuleCompiler { ExpressionCompiler = ShippedConditions.Compiler });

    /// <summary>Compiles already-read packs with <paramref name="engine"/> compiling the network.</summary>
    internal static CompiledRuleSet Compile(IEnumerable<RulePack> packs, RuleCompiler engine)
    {
        var context = new CompileContext();
        var specs = new List<RuleSpec>();
        var seen = new Dictionary<string, RuleSpec>(StringComparer.Ordinal);
        try
        {
            foreach (var pack in packs)
            {
                foreach (var rule in pack.Rules)
                {
                    if (seen.TryGetValue(rule.Id, out var first))
                        throw rule.Body.ErrorAt("id", $"rule id {rule.Id} is already used at {first.File}:{first.Line}");
                    seen[rule.Id] = rule;
                    RuleKinds.TryGet(rule.Kind, out var kind);
                    try
                    {
                        kind!.Compile(rule, context);
                    }
                    catch (RuleValidationException e)
                    {
                        throw rule.Body.ErrorHere($"rule {rule.Id}: {e.Message}");
                    }

                    specs.Add(rule);
                }
            }
        }
        catch
        {
            // A scanner an earlier rule asked for, failing as it is built, is the first failure.
            context.ThrowFirstFailure();
            throw;
        }

        // The term automaton and the patterns' engines are built beside the engine network: the two
        // do not meet, and a run waits for both before its first article.
        var matchers = Task.Run(() => (Terms: new TermSearch(context.Terms), Patterns: new PatternSearch(context.Patterns)));
        ISessionFactory factory;
        try
        {
            factory = engine.Compile(context.EngineRules);
        }
        catch (RuleCompilationException e)
        {
            // The engine compiles the rules after every rule's own compilation, so the scanners' failures come first.
            context.ThrowFirstFailure();
            var id = e.Message.Split(['\'', ' ', '/'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(seen.ContainsKey);
            if (id is not null) throw seen[id].Body.ErrorHere($"rule {id}: {e.Message}");
            throw;
        }
        finally
        {
            // Not left running after a failure: its own failure, if any, comes second to the network's.
            Task.WaitAny(matchers);
        }

        context.CompleteScanners();
        var (terms, patterns) = matchers.GetAwaiter().GetResult();
        var scanners = new List<IScanner> { terms, patterns };
        scanners.AddRange(context.Scanners);

        var descriptors = specs.ToDictionary(s => s.Id, s => new RuleDescriptor(s.Id, s.Title, s.Category, s.Severity,
            s.Kind, s.Message, s.Description, s.File, s.Line), StringComparer.Ordinal);
        return new CompiledRuleSet(specs, descriptors, factory, scanners);
    }
}
