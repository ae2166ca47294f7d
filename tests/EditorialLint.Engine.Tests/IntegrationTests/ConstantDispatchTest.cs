using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

/// <summary>
/// Rules that each compare one property with their own constant are reached through a hash of the
/// property's value: a fact is tested once, not once per rule, and everything else behaves as before.
/// </summary>
public class ConstantDispatchTest : RuleTestBase
{
    private static RuleModel.IRuleDefinition[] PerValueRules(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var value = "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return OneFactRule<FactType1>("Is " + value, "x", Expr.If<FactType1>(x => x.TestProperty == value));
        })];

    [Fact]
    public void Insert_ManyRulesWithCapturedConstants_OnlyTheMatchingOneFires()
    {
        Compile(PerValueRules(500));
        var session = (EditorialLint.Engine.Session)Session;

        Session.Insert(new FactType1 { TestProperty = "v417" });

        Assert.Equal(500, Factory.Metrics.HashDispatchedNodes);
        Assert.Equal(1, session.ConditionEvaluations);
        Assert.Equal(1, Session.Fire());
        Assert.Equal(["Is v417"], FiredRules());
    }

    [Fact]
    public void Insert_InlineConstantsAndNull_MatchesAsEqualityWould()
    {
        Compile(
            OneFactRule<FactType1>("One", "x", Expr.If<FactType1>(x => x.TestProperty == "one")),
            OneFactRule<FactType1>("Two", "x", Expr.If<FactType1>(x => x.TestProperty == "two")),
            OneFactRule<FactType1>("Three", "x", Expr.If<FactType1>(x => "three" == x.TestProperty)),
            OneFactRule<FactType1>("Missing", "x", Expr.If<FactType1>(x => x.TestProperty == null)),
            OneFactRule<FactType1>("Upper", "x", Expr.If<FactType1>(x => x.TestProperty == "ONE")));

        Session.InsertAll([new FactType1 { TestProperty = "three" }, new FactType1 { TestProperty = null }, new FactType1 { TestProperty = "one" }]);
        Session.Fire();

        Assert.Equal(5, Factory.Metrics.HashDispatchedNodes);
        Assert.Equal(["Three", "Missing", "One"], FiredRules());
    }

    [Fact]
    public void Fire_DispatchedAndTestedRulesInterleaved_FireInTheOrderWritten()
    {
        Compile(
            OneFactRule<FactType1>("A", "x", Expr.If<FactType1>(x => x.TestProperty == "v")),
            OneFactRule<FactType1>("Positive", "x", Expr.If<FactType1>(x => x.Number > 0)),
            OneFactRule<FactType1>("B", "x", Expr.If<FactType1>(x => "v" == x.TestProperty)),
            OneFactRule<FactType1>("AboveOne", "x", Expr.If<FactType1>(x => x.Number > 1)),
            OneFactRule<FactType1>("W", "x", Expr.If<FactType1>(x => x.TestProperty == "w")),
            OneFactRule<FactType1>("X", "x", Expr.If<FactType1>(x => x.TestProperty == "x")),
            OneFactRule<FactType1>("AboveTen", "x", Expr.If<FactType1>(x => x.Number > 10)));

        Session.Insert(new FactType1 { TestProperty = "v", Number = 5 });
        Session.Fire();

        Assert.Equal(4, Factory.Metrics.HashDispatchedNodes);
        Assert.Equal(["A", "Positive", "B", "AboveOne"], FiredRules());
    }

    [Fact]
    public void Update_ValueChanges_MovesTheActivationToTheOtherRule()
    {
        Compile(PerValueRules(10));
        var fact = new FactType1 { TestProperty = "v1" };
        Session.Insert(fact);

        fact.TestProperty = "v2";
        Session.Update(fact);
        Session.Fire();

        Assert.Equal(["Is v2"], FiredRules());
    }

    [Fact]
    public void Retract_DispatchedFact_RemovesItsActivation()
    {
        Compile(PerValueRules(10));
        var fact = new FactType1 { TestProperty = "v3" };
        Session.Insert(fact);

        Session.Retract(fact);

        Assert.Equal(0, Session.Fire());
    }

    [Fact]
    public void Insert_ValueThrows_EveryRuleReportsItsConditionFailed()
    {
        var rules = Enumerable.Range(0, 6).Select(i =>
        {
            var value = "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return OneFactRule<FactType2>("Rule" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x",
                Expr.If<FactType2>(x => x.JoinReference!.TestProperty == value));
        }).ToArray();
        Compile(rules);
        var failed = new List<string>();
        Factory.Events.ConditionFailed += (_, e) => failed.Add(e.RuleName);

        Session.Insert(new FactType2 { JoinReference = null });

        Assert.Equal(6, Factory.Metrics.HashDispatchedNodes);
        Assert.Equal(["Rule0", "Rule1", "Rule2", "Rule3", "Rule4", "Rule5"], failed);
        Assert.Equal(0, Session.Fire());
    }
}
