using EditorialLint.Engine.Tests.TestAssets;

namespace EditorialLint.Engine.Tests.IntegrationTests;

public class AgendaFilterTest : RuleTestBase
{
    public AgendaFilterTest()
    {
        var style = Named("Style");
        style.Tags(["style"]);
        style.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        NoOp(style);
        var names = Named("Names");
        names.Tags(["names", "official"]);
        names.LeftHandSide().Pattern(typeof(FactType1), "fact1");
        NoOp(names);
        Compile(style.Build(), names.Build());
    }

    [Fact]
    public void Fire_ExcludeByName_OnlyOtherRuleFires()
    {
        Session.Agenda.AddFilter(RuleNameAgendaFilter.Exclude("Style"));
        Session.Insert(new FactType1());

        Session.Fire();

        Assert.Equal(["Names"], FiredRules());
    }

    [Fact]
    public void Fire_IncludeByTag_OnlyTaggedRuleFires()
    {
        Session.Agenda.AddFilter(RuleTagAgendaFilter.Include("official"));
        Session.Insert(new FactType1());

        Session.Fire();

        Assert.Equal(["Names"], FiredRules());
    }

    [Fact]
    public void Fire_ExcludeByTag_TaggedRuleDoesNotFire()
    {
        Session.Agenda.AddFilter(RuleTagAgendaFilter.Exclude("official"));
        Session.Insert(new FactType1());

        Session.Fire();

        Assert.Equal(["Style"], FiredRules());
    }

    [Fact]
    public void Fire_IncludeByName_OnlyNamedRuleFires()
    {
        Session.Agenda.AddFilter(RuleNameAgendaFilter.Include("Style"));
        Session.Insert(new FactType1());

        Session.Fire();

        Assert.Equal(["Style"], FiredRules());
    }
}
