using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;

namespace EditorialLint.Benchmarks.Engine;

/// <summary>One rule with one pattern: insert N facts (all matching) and fire.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class OneFactRuleBenchmark
{
    private ISessionFactory _factory = null!;
    private BenchmarkFact[] _facts = [];

    /// <summary>Facts inserted per session.</summary>
    [Params(10, 100, 1000)]
    public int FactCount { get; set; }

    /// <summary>Compiles the rule and makes the facts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _factory = new RuleCompiler().Compile([BenchmarkRules.OneFact(7)]);
        _facts = Enumerable.Range(0, FactCount).Select(i => new BenchmarkFact(i, 7, "t")).ToArray();
    }

    /// <summary>New session, insert all, fire.</summary>
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
