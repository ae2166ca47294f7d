using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>The facts the name index finds with the shipped registry and titles: mentions and the title cues before them.</summary>
public class NameIndexTests
{
    private static readonly Lazy<NameIndex> Index = new(() =>
        RuleSetCompiler.Load([RuleSource.Shipped]).Scanners.OfType<NameIndex>().Single());

    private static List<object> Scan(string text)
    {
        var context = new ScanContext(Segmenter.Segment(text));
        Index.Value.Scan(context);
        return context.Facts;
    }

    [Theory]
    [InlineData("White House Principal Deputy Press Secretary Jen Psaki said so.", "Principal Deputy Press Secretary", "principal deputy press secretary")]
    [InlineData("White House Press Secretary Jen Psaki said so.", "Press Secretary", "press secretary")]
    [InlineData("Press Secretary  Jen Psaki said so.", "Press Secretary", "press secretary")]
    [InlineData("Earlier, Ukraine’s President Zelensky’s plan was read out.", "President", "president")]
    [InlineData("Secretary of State Antony Blinken arrived.", "Secretary of State", "secretary of state")]
    public void TitleCue_IsTheLongestTitleRightBeforeTheName(string text, string written, string phrase)
    {
        var cue = Assert.Single(Scan(text).OfType<TitleCue>());
        Assert.Equal(written, text.Substring(cue.Start, cue.Length));
        Assert.Equal(phrase, cue.Phrase);
    }

    [Theory]
    [InlineData("On Monday, said Jen Psaki, the talks ended.")]
    [InlineData("The president said Blinken would travel.")]
    [InlineData("Blinken arrived first.")]
    public void TitleCue_WithoutATitleRightBefore_IsNotFound(string text)
    {
        Assert.NotEmpty(Scan(text).OfType<Mention>());
        Assert.Empty(Scan(text).OfType<TitleCue>());
    }

    [Theory]
    [InlineData("Zelensky’s plan was read out.", "Zelensky", MentionKind.Correct)]
    [InlineData("Zelensky's plan was read out.", "Zelensky", MentionKind.Correct)]
    [InlineData("On Monday al-Assad spoke.", "al-Assad", MentionKind.Correct)]
    [InlineData("Jane Psaki said so.", "Jane Psaki", MentionKind.Misspelled)]
    [InlineData("Anthony Brinken said so.", "Anthony Brinken", MentionKind.Misspelled)]
    [InlineData("Mr Zelenksy said so.", "Zelenksy", MentionKind.NearMiss)]
    public void Mention_IsTheNameAsWritten_WithoutAPossessive(string text, string written, MentionKind kind)
    {
        var mention = Assert.Single(Scan(text).OfType<Mention>());
        Assert.Equal(written, mention.Text);
        Assert.Equal(written, text.Substring(mention.Start, mention.Length));
        Assert.Equal(kind, mention.Kind);
    }

    [Theory]
    [InlineData("“We’ve heard enough,” she said. “Ma’am, we’ll see.”")]
    [InlineData("The NATO summit opened in Vilnius on Tuesday.")]
    [InlineData("Officials in Brussels said the plan would work.")]
    public void OrdinaryCapitalisedWords_AreNoMention(string text)
    {
        Assert.Empty(Scan(text).OfType<Mention>());
    }

    [Fact]
    public void Officials_AreAddedOnce_InTheOrderFirstMentioned_AfterTheMentions()
    {
        var facts = Scan("Antony Blinken met Volodymyr Zelensky. Blinken said Zelensky and Blinken agreed.");
        var officials = facts.OfType<EditorialLint.Rules.Officials.Official>().Select(o => o.Surname).ToList();
        Assert.Equal(["Blinken", "Zelensky"], officials);
        Assert.Equal(5, facts.OfType<Mention>().Count());
        Assert.True(facts.FindIndex(f => f is EditorialLint.Rules.Officials.Official) > facts.FindLastIndex(f => f is Mention));
    }

    [Fact]
    public void Officials_WithoutAnyMention_AreNotAdded()
    {
        Assert.Empty(Scan("The talks in Brussels ended on Monday.").OfType<EditorialLint.Rules.Officials.Official>());
    }
}
