using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;

namespace EditorialLint.Benchmarks.Engine;

/// <summary>N one-pattern rules, each with its own constant, over 100 facts.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RuleCountBenchmark
{
    private ISessionFactory _factory = null!;
    private BenchmarkFact[] _facts = [];

    /// <summary>Rules in the compiled set.</summary>
    [Params(10, 100, 1000)]
    public int RuleCount { get; set; }

    /// <summary>Compiles the rules and makes the facts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _factory = new RuleCompiler().Compile(Enumerable.Range(0, RuleCount).Select(BenchmarkRules.OneFact));
        _facts = Enumerable.Range(0, 100).Select(i => new BenchmarkFact(i, i, "t")).ToArray();
    }

    /// <summary>New session, insert 100 facts, fire.</summary>
    [Benchmark]
    public int InsertAndFire()
    {
        var session = _factory.CreateSession();
        foreach (var fact in _facts)
        {
            session.Insert(fact);
        }

        return session.Fire();
    }
}
