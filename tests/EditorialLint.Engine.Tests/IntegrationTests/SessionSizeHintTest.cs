using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

/// <summary>A new session is sized for as many facts as the last session of its factory held when it fired.</summary>
public class SessionSizeHintTest : RuleTestBase
{
    [Fact]
    public void Fire_RecordsTheSessionsFactCount_AndTheNextSessionWorksFromIt()
    {
        Compile(OneFactRule<FactType1>("Any", "one"));
        var factory = (SessionFactory)Factory;
        Assert.Equal(0, factory.FactCountHint);

        Session.InsertAll([new FactType1 { Key = 1 }, new FactType1 { Key = 2 }, new FactType1 { Key = 3 }]);
        Session.Fire();
        Assert.Equal(3, factory.FactCountHint);

        var next = Factory.CreateSession();
        var only = new FactType1 { Key = 4 };
        next.Insert(only);
        Assert.Equal(1, next.Fire());
        Assert.Equal([only], next.Query<FactType1>());
        Assert.Equal(1, factory.FactCountHint);
    }

    [Fact]
    public void CreateSession_SizesForTheHint_ButNotBeyondAFewThousandFacts()
    {
        Compile(OneFactRule<FactType1>("Any", "one"));
        var factory = (SessionFactory)Factory;

        factory.FactCountHint = 300;
        var sized = (Session)Factory.CreateSession();
        factory.FactCountHint = 10_000_000;
        var capped = (Session)Factory.CreateSession();

        Assert.InRange(sized.FactCapacity, 300, 400);
        Assert.InRange(capped.FactCapacity, 4096, 5000);
    }
}
