using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;

namespace EditorialLint.Benchmarks.Engine;

/// <summary>
/// Changes after the inserts: 20 equality joins whose right side is every fact of one type, so each such
/// fact is held by 20 nodes; every one of them is updated once, then every fact is retracted.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class UpdateRetractBenchmark
{
    private const int Rules = 20;

    private ISessionFactory _factory = null!;
    private BenchmarkFact[] _left = [];
    private OtherBenchmarkFact[] _right = [];

    /// <summary>Facts on each side.</summary>
    [Params(1000)]
    public int FactCount { get; set; }

    /// <summary>Compiles the rules and makes the facts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _factory = new RuleCompiler().Compile(Enumerable.Range(0, Rules).Select(i => BenchmarkRules.TwoFactJoin(i)).ToArray());
        _left = Enumerable.Range(0, FactCount).Select(i => new BenchmarkFact(i, i, "t" + (i % Rules))).ToArray();
        _right = Enumerable.Range(0, FactCount).Select(i => new OtherBenchmarkFact(i)).ToArray();
    }

    /// <summary>New session, insert both sides, update the right side, retract everything.</summary>
    [Benchmark]
    public int InsertUpdateRetract()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_left);
        session.InsertAll(_right);
        foreach (var fact in _right)
        {
            session.Update(fact);
        }

        foreach (var fact in _left)
        {
            session.Retract(fact);
        }

        foreach (var fact in _right)
        {
            session.Retract(fact);
        }

        return session.Agenda.Count;
    }
}
