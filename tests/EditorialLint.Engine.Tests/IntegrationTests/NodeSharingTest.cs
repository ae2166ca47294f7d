using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class NodeSharingTest : RuleTestBase
{
    [Fact]
    public void Compile_TwoRulesWithSameConditionDifferentNames_ShareSelectionNode()
    {
        Compile(
            OneFactRule<FactType1>("A", "x", Expr.If<FactType1>(x => x.TestProperty == "Valid Value")),
            OneFactRule<FactType1>("B", "y", Expr.If<FactType1>(y => y.TestProperty == "Valid Value")));

        Assert.Equal(1, Factory.Metrics.Count(NodeKind.Type));
        Assert.Equal(1, Factory.Metrics.Count(NodeKind.Selection));
        Assert.Equal(1, Factory.Metrics.Count(NodeKind.AlphaMemory));
        Assert.Equal(1, Factory.Metrics.Count(NodeKind.Join));
        Assert.Equal(2, Factory.Metrics.Count(NodeKind.Rule));
    }

    [Fact]
    public void Compile_DifferentConstants_DoNotShareNodesButShareCompiledDelegate()
    {
        Compile(
            OneFactRule<FactType1>("A", "x", Expr.If<FactType1>(x => x.TestProperty == "one")),
            OneFactRule<FactType1>("B", "x", Expr.If<FactType1>(x => x.TestProperty == "two")));

        Assert.Equal(1, Factory.Metrics.Count(NodeKind.Type));
        Assert.Equal(2, Factory.Metrics.Count(NodeKind.Selection));
        Assert.Equal(2, Factory.Metrics.CompiledExpressions);
    }

    [Fact]
    public void Compile_SharedPrefix_SharesOnlyThePrefix()
    {
        Compile(
            OneFactRule<FactType1>("A", "x", Expr.If<FactType1>(x => x.Key == 1), Expr.If<FactType1>(x => x.Number > 0)),
            OneFactRule<FactType1>("B", "x", Expr.If<FactType1>(x => x.Key == 1), Expr.If<FactType1>(x => x.Number < 0)));

        Assert.Equal(3, Factory.Metrics.Count(NodeKind.Selection));
        Assert.Equal(2, Factory.Metrics.Count(NodeKind.AlphaMemory));
    }

    [Fact]
    public void Fire_SharedNodes_EachRuleStillFires()
    {
        Compile(
            OneFactRule<FactType1>("A", "x", Expr.If<FactType1>(x => x.TestProperty == "Valid Value")),
            OneFactRule<FactType1>("B", "y", Expr.If<FactType1>(y => y.TestProperty == "Valid Value")));
        var session = (EditorialLint.Engine.Session)Session;

        Session.Insert(new FactType1 { TestProperty = "Valid Value" });

        Assert.Equal(1, session.ConditionEvaluations);
        Assert.Equal(2, Session.Fire());
    }

    [Fact]
    public void Compile_SameJoinInTwoRules_SharesBetaNodes()
    {
        RuleModel.IRuleDefinition Rule(string name)
        {
            var rule = Named(name);
            var lhs = rule.LeftHandSide();
            lhs.Pattern(typeof(FactType1), "a");
            lhs.Pattern(typeof(FactType2), "b").Condition(Expr.If<FactType1, FactType2>((a, b) => a.Key == b.Key));
            NoOp(rule);
            return rule.Build();
        }

        Compile(Rule("A"), Rule("B"));

        Assert.Equal(2, Factory.Metrics.Count(NodeKind.Join));
        Assert.Equal(2, Factory.Metrics.Count(NodeKind.BetaMemory));
        Assert.Equal(2, Factory.Metrics.Count(NodeKind.Rule));
    }
}
