using EditorialLint.Engine.RuleModel;
using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

/// <summary>
/// Applies random inserts, updates and retracts and, after each, checks the live activations of every
/// rule shape against a brute-force evaluation over the facts in the session.
/// </summary>
public class RandomChangesTest : RuleTestBase
{
    private readonly Dictionary<Activation, string> _live = [];

    public RandomChangesTest()
    {
        var join = Named("Join");
        join.LeftHandSide().Pattern(typeof(FactType1), "a");
        join.LeftHandSide().Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.Key == b.Key && a.Number < b.Key * 10));

        var not = Named("Not");
        not.LeftHandSide().Pattern(typeof(FactType1), "a").Condition(Expr.If<FactType1>(a => a.Number % 2 == 0));
        not.LeftHandSide().Not().Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => b.Key == a.Key));

        var exists = Named("Exists");
        exists.LeftHandSide().Pattern(typeof(FactType1), "a");
        exists.LeftHandSide().Exists().Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => b.Key == a.Key && b.Group == "x"));

        var collect = Named("Collect");
        collect.LeftHandSide().Pattern(typeof(FactType1), "a");
        var items = collect.LeftHandSide().Pattern(typeof(IReadOnlyCollection<FactType2>), "items");
        var aggregate = items.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => b.Key == a.Key));

        var cross = Named("Cross");
        cross.LeftHandSide().Pattern(typeof(FactType1), "a");
        cross.LeftHandSide().Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.Number > b.Key));

        foreach (var rule in new[] { join, not, exists, collect, cross })
        {
            NoOp(rule);
        }

        Compile(join.Build(), not.Build(), exists.Build(), collect.Build(), cross.Build());
        Session.Events.ActivationCreated += (_, e) => _live.Add(e.Activation, e.Rule.Name);
        Session.Events.ActivationUpdated += (_, e) => Assert.True(_live.ContainsKey(e.Activation));
        Session.Events.ActivationDeleted += (_, e) => Assert.True(_live.Remove(e.Activation));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomChanges_LiveActivations_MatchBruteForce(int seed)
    {
        var random = new Random(seed);
        var ones = new List<FactType1>();
        var twos = new List<FactType2>();
        for (var step = 0; step < 400; step++)
        {
            var roll = random.Next(10);
            if (roll < 3 || ones.Count + twos.Count < 4)
            {
                if (random.Next(2) == 0)
                {
                    var fact = new FactType1 { Key = random.Next(4), Number = random.Next(40) };
                    ones.Add(fact);
                    Session.Insert(fact);
                }
                else
                {
                    var fact = new FactType2 { Key = random.Next(4), Group = random.Next(2) == 0 ? "x" : "y" };
                    twos.Add(fact);
                    Session.Insert(fact);
                }
            }
            else if (roll < 8)
            {
                if (random.Next(2) == 0 && ones.Count > 0)
                {
                    var fact = ones[random.Next(ones.Count)];
                    fact.Key = random.Next(4);
                    fact.Number = random.Next(40);
                    Session.Update(fact);
                }
                else if (twos.Count > 0)
                {
                    var fact = twos[random.Next(twos.Count)];
                    fact.Key = random.Next(4);
                    fact.Group = random.Next(2) == 0 ? "x" : "y";
                    Session.Update(fact);
                }
            }
            else if (random.Next(2) == 0 && ones.Count > 0)
            {
                var fact = ones[random.Next(ones.Count)];
                ones.Remove(fact);
                Session.Retract(fact);
            }
            else if (twos.Count > 0)
            {
                var fact = twos[random.Next(twos.Count)];
                twos.Remove(fact);
                Session.Retract(fact);
            }

            Check(ones, twos, step);
        }
    }

    private void Check(List<FactType1> ones, List<FactType2> twos, int step)
    {
        string Describe(object? value) => value switch
        {
            IEnumerable<FactType2> items => "[" + string.Join(",", items.Select(i => twos.IndexOf(i)).Order()) + "]",
            FactType1 one => "a" + ones.IndexOf(one),
            FactType2 two => "b" + twos.IndexOf(two),
            _ => "?",
        };

        var actual = _live.Select(l => l.Value + "(" + string.Join(" ", l.Key.Facts.Select(f => Describe(f.Value))) + ")").Order().ToList();

        var expected = new List<string>();
        foreach (var a in ones)
        {
            expected.AddRange(twos.Where(b => a.Key == b.Key && a.Number < b.Key * 10).Select(b => $"Join({Describe(a)} {Describe(b)})"));
            if (a.Number % 2 == 0 && !twos.Any(b => b.Key == a.Key))
            {
                expected.Add($"Not({Describe(a)})");
            }

            if (twos.Any(b => b.Key == a.Key && b.Group == "x"))
            {
                expected.Add($"Exists({Describe(a)})");
            }

            expected.Add($"Collect({Describe(a)} {Describe(twos.Where(b => b.Key == a.Key).ToList())})");
            expected.AddRange(twos.Where(b => a.Number > b.Key).Select(b => $"Cross({Describe(a)} {Describe(b)})"));
        }

        expected.Sort(StringComparer.Ordinal);
        actual.Sort(StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(actual), $"step {step}: expected {expected.Count}, actual {actual.Count}\n" +
            string.Join("\n", expected.Except(actual).Select(e => "missing " + e).Concat(actual.Except(expected).Select(a => "extra " + a))));
    }
}
