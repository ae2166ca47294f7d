using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Benchmarks.Engine;

/// <summary>Compiling 10,000 generated rules: a one-fact filter and an equality join, each with its own constant.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class CompileBenchmark
{
    private IRuleDefinition[] _rules = [];

    /// <summary>Rules compiled.</summary>
    [Params(10_000)]
    public int RuleCount { get; set; }

    /// <summary>Builds the rule definitions once.</summary>
    [GlobalSetup]
    public void Setup() =>
        _rules = Enumerable.Range(0, RuleCount).Select(i => i % 2 == 0 ? BenchmarkRules.OneFact(i) : BenchmarkRules.TwoFactJoin(i)).ToArray();

    /// <summary>Compiles the prepared definitions with a fresh compiler (no delegate cache carried over).</summary>
    [Benchmark]
    public int Compile() => new RuleCompiler().Compile(_rules).Metrics.TotalNodes;

    /// <summary>Builds (and validates) the definitions, then compiles them.</summary>
    [Benchmark]
    public int BuildAndCompile() =>
        new RuleCompiler().Compile(Enumerable.Range(0, RuleCount).Select(i => i % 2 == 0 ? BenchmarkRules.OneFact(i) : BenchmarkRules.TwoFactJoin(i))).Metrics.TotalNodes;
}
