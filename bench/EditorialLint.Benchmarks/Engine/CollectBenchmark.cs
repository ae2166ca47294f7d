using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.RuleModel.Builders;

namespace EditorialLint.Benchmarks.Engine;

/// <summary>
/// The consistency rules' shape: for every fact, the collection of all facts with its key, tested as a
/// whole. N facts of one key make N collections of N, so the work is at least N^2; it was N^3 while
/// every insert rebuilt and re-tested every collection it touched.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class CollectBenchmark
{
    private ISessionFactory _factory = null!;
    private BenchmarkFact[] _facts = [];

    /// <summary>Facts, all with one key.</summary>
    [Params(100, 1000)]
    public int FactCount { get; set; }

    /// <summary>Compiles the rule and makes the facts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rule = new RuleBuilder();
        rule.Name("SameKey");
        var lhs = rule.LeftHandSide();
        lhs.Pattern(typeof(BenchmarkFact), "a");
        var all = lhs.Pattern(typeof(IEnumerable<BenchmarkFact>), "all");
        all.Condition((Expression<Func<BenchmarkFact, IEnumerable<BenchmarkFact>, bool>>)((a, all) => all.Any(x => x.Number != a.Number)));
        var aggregate = all.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(BenchmarkFact), "other").Condition((Expression<Func<BenchmarkFact, BenchmarkFact, bool>>)((a, other) => other.Key == a.Key));
        rule.RightHandSide().Action((Expression<Action<IContext, BenchmarkFact>>)((ctx, a) => BenchmarkRules.Sink.Touch(a)));
        _factory = new RuleCompiler().Compile([rule.Build()]);
        _facts = Enumerable.Range(0, FactCount).Select(i => new BenchmarkFact(1, i, "t")).ToArray();
    }

    /// <summary>New session, insert the facts in one batch, fire.</summary>
    [Benchmark]
    public int InsertAllAndFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
