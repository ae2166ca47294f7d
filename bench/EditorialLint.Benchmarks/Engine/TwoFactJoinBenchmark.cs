using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;

namespace EditorialLint.Benchmarks.Engine;

/// <summary>An equality join of 1000 facts with 1000 facts, 1000 of the pairs matching.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TwoFactJoinBenchmark
{
    private ISessionFactory _factory = null!;
    private ISessionFactory _crossFactory = null!;
    private BenchmarkFact[] _left = [];
    private OtherBenchmarkFact[] _right = [];

    /// <summary>Facts on each side.</summary>
    [Params(1000)]
    public int FactCount { get; set; }

    /// <summary>Compiles the rule and makes the facts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _factory = new RuleCompiler().Compile([BenchmarkRules.TwoFactJoin(0)]);
        _crossFactory = new RuleCompiler().Compile([BenchmarkRules.TwoFactCrossJoin(0)]);
        _left = Enumerable.Range(0, FactCount).Select(i => new BenchmarkFact(i, i, "t0")).ToArray();
        _right = Enumerable.Range(0, FactCount).Select(i => new OtherBenchmarkFact(FactCount - 1 - i)).ToArray();
    }

    /// <summary>New session, insert both sides, fire all 1000 matches.</summary>
    [Benchmark(Baseline = true)]
    public int InsertAndFire() => Run(_factory);

    /// <summary>The same with a condition the engine cannot index, for comparison.</summary>
    [Benchmark]
    public int InsertAndFireWithoutIndex() => Run(_crossFactory);

    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        foreach (var fact in _left)
        {
            session.Insert(fact);
        }

        foreach (var fact in _right)
        {
            session.Insert(fact);
        }

        var fired = session.Fire();
        return fired == FactCount ? fired : throw new InvalidOperationException($"fired {fired}, expected {FactCount}");
    }
}
