using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class ActionFailureTest : RuleTestBase
{
    public ActionFailureTest()
    {
        var rule = Named("Throwing");
        rule.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        rule.RightHandSide().Action(Expr.Do<FactType1>((ctx, fact1) => Fail(fact1)));
        Compile(rule.Build());
    }

    [Fact]
    public void Fire_ActionThrows_ThrowsRuleRuntimeExceptionNamingTheRule()
    {
        Session.Insert(new FactType1());

        var exception = Assert.Throws<RuleRuntimeException>(() => Session.Fire());

        Assert.Equal("Throwing", exception.RuleName);
        Assert.Contains("Throwing", exception.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Fire_ActionThrows_RaisesActionFailedWithFacts()
    {
        ActionFailedEventArgs? failure = null;
        Session.Events.ActionFailed += (_, e) => failure = e;
        var fact = new FactType1();
        Session.Insert(fact);

        Assert.Throws<RuleRuntimeException>(() => Session.Fire());

        Assert.NotNull(failure);
        Assert.Equal("Throwing", failure.RuleName);
        Assert.Same(fact, failure.Facts.Single().Value);
    }

    [Fact]
    public void Fire_HandlerMarksFailureHandled_ContinuesFiring()
    {
        Session.Events.ActionFailed += (_, e) => e.IsHandled = true;
        Session.InsertAll([new FactType1(), new FactType1()]);

        Assert.Equal(2, Session.Fire());
    }

    private static void Fail(FactType1 fact) => throw new InvalidOperationException($"cannot handle {fact}");
}
