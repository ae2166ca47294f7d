using EditorialLint.Core.Segmentation;

namespace EditorialLint.Core.Tests.Segmentation;

public class SegmenterTests
{
    private static IReadOnlyList<string> Sentences(string text) =>
        Segmenter.Segment(text).Sentences.Select(s => s.Text).ToList();

    private static IReadOnlyList<string> Quotations(string text) =>
        Segmenter.Segment(text).Quotations.Select(q => text.Substring(q.Start, q.Length)).ToList();

    [Fact]
    public void Segment_FirstLineFollowedByBlankLine_IsTheHeadline()
    {
        const string Text = """
            Biden warns Putin

            The president spoke on Thursday. He was firm.
            """;

        var segmentation = Segmenter.Segment(Text);

        var headline = Assert.IsType<Paragraph>(segmentation.Headline);
        Assert.Equal(("Biden warns Putin", 0, 0), (headline.Text, headline.Start, headline.Index));
        Assert.True(headline.IsHeadline);
        Assert.Same(segmentation.Paragraphs[0], headline);
        var headlineSentence = segmentation.Sentences[0];
        Assert.True(headlineSentence.IsHeadline);
        Assert.Equal("Biden warns Putin", headlineSentence.Text);
        Assert.All(segmentation.Sentences.Skip(1), s => Assert.False(s.IsHeadline));
    }

    [Fact]
    public void Segment_HeadlineAfterLeadingBlankLines_IsStillTheHeadline()
    {
        const string Text = "\n  \nBiden warns Putin\n\nThe president spoke.";

        var headline = Segmenter.Segment(Text).Headline;

        Assert.NotNull(headline);
        Assert.Equal(4, headline.Start);
    }

    [Fact]
    public void Segment_FirstParagraphOfSeveralLines_IsNoHeadline()
    {
        const string Text = """
            Biden warns Putin
            of severe sanctions on Thursday.

            The president spoke.
            """;

        var segmentation = Segmenter.Segment(Text);

        Assert.Null(segmentation.Headline);
        Assert.Equal(2, segmentation.Paragraphs[0].LineCount);
        Assert.All(segmentation.Paragraphs, p => Assert.False(p.IsHeadline));
    }

    [Fact]
    public void Segment_SingleParagraph_IsNoHeadline()
    {
        Assert.Null(Segmenter.Segment("Biden warns Putin.").Headline);
    }

    [Fact]
    public void Segment_HeadlineIsOneSentenceEvenWithFullStops()
    {
        var segmentation = Segmenter.Segment("U.S. warns Russia. Talks go on\n\nThe president spoke.");

        Assert.Equal(["U.S. warns Russia. Talks go on", "The president spoke."], segmentation.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Segment_CrLfAndBlankLinesWithSpaces_SeparateParagraphsWithoutTheirWhitespace()
    {
        const string Text = "Headline\r\n\r\nFirst line\r\nsecond line.\r\n   \t \r\n  Third paragraph.  \r\n\r\n\r\nLast one.\r\n";

        var paragraphs = Segmenter.Segment(Text).Paragraphs;

        Assert.Equal(["Headline", "First line\r\nsecond line.", "Third paragraph.", "Last one."], paragraphs.Select(p => p.Text));
        Assert.Equal([0, 1, 2, 3], paragraphs.Select(p => p.Index));
        Assert.All(paragraphs, p => Assert.Equal(p.Text, Text.Substring(p.Start, p.Length)));
        Assert.Equal([1, 2, 1, 1], paragraphs.Select(p => p.LineCount));
        Assert.Equal([false, false, false, true], paragraphs.Select(p => p.IsLast));
    }

    [Fact]
    public void Segment_SentencesKeepTheirOffsetsAndPlaces()
    {
        const string Text = "Headline\n\nOne. Two!  Three?\n\nFour.";

        var sentences = Segmenter.Segment(Text).Sentences;

        Assert.Equal(["Headline", "One.", "Two!", "Three?", "Four."], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, Text.Substring(s.Start, s.Length)));
        Assert.Equal([0, 1, 1, 1, 2], sentences.Select(s => s.ParagraphIndex));
        Assert.Equal([true, true, false, false, true], sentences.Select(s => s.IsFirstInParagraph));
        Assert.Equal([true, false, false, true, true], sentences.Select(s => s.IsLastInParagraph));
        Assert.Equal([false, false, false, false, true], sentences.Select(s => s.IsLastInArticle));
        Assert.Equal([0, 1, 2, 3, 4], sentences.Select(s => s.Index));
    }

    [Theory]
    [InlineData("The U.S. team met on Monday.")]
    [InlineData("Talks began on Jan. 26 in Geneva.")]
    [InlineData("Officials met Mr. Ushakov in Geneva.")]
    [InlineData("Mrs. Smith and Dr. Jones arrived.")]
    [InlineData("Gen. Mark Milley spoke.")]
    [InlineData("The call began at 10 a.m. local time.")]
    [InlineData("It ended at 4 p.m. on Friday.")]
    [InlineData("Some allies, e.g. Poland, agreed.")]
    [InlineData("Sanctions, tariffs, etc. were discussed.")]
    [InlineData("That is, i.e. the talks, went well.")]
    [InlineData("St. Petersburg hosted the forum.")]
    [InlineData("Talks at No. 10 Downing Street went on.")]
    [InlineData("They met Lt. Col. Vindman and the Rev. Martin Luther King Jr. on Monday.")]
    public void Segment_Abbreviation_DoesNotEndTheSentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Theory]
    [InlineData("Fans of J.R.R. Tolkien queued in Oxford.")]
    [InlineData("The library of George H.W. Bush opened.")]
    [InlineData("Author J. K. Rowling spoke.")]
    public void Segment_Initials_DoNotEndTheSentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Theory]
    [InlineData("Growth was 3.5 percent in 2021.")]
    [InlineData("Read more at www.example.com/news today.")]
    [InlineData("See https://example.org/a.b?c=d for details.")]
    [InlineData("Write to press@example.org for details.")]
    public void Segment_DecimalsAndAddresses_DoNotEndTheSentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Segment_AbbreviationBeforeASentenceOpener_EndsTheSentence()
    {
        Assert.Equal(["Troops left the U.S.", "The president spoke."], Sentences("Troops left the U.S. The president spoke."));
    }

    [Fact]
    public void Segment_MonthBeforeASentenceOpener_EndsTheSentence()
    {
        Assert.Equal(["Talks ended in Jan.", "They resume soon."], Sentences("Talks ended in Jan. They resume soon."));
    }

    [Fact]
    public void Segment_WordNoWithoutANumber_EndsTheSentence()
    {
        Assert.Equal(["Voters said No.", "The referendum failed."], Sentences("Voters said No. The referendum failed."));
    }

    [Fact]
    public void Segment_FullStopBeforeLowerCase_EndsTheSentence()
    {
        Assert.Equal(["A call between the two.", "presidents."], Sentences("A call between the two. presidents."));
    }

    [Fact]
    public void Segment_QuestionInsideQuotationBeforeLowerCase_StaysOneSentence()
    {
        const string Text = "“Why?” he asked. “Now!” she said.";

        Assert.Equal(["“Why?” he asked.", "“Now!” she said."], Sentences(Text));
    }

    [Fact]
    public void Segment_QuotationEndingASentence_SplitsAfterTheClosingMark()
    {
        Assert.Equal(["He said “no.”", "Talks ended."], Sentences("He said “no.” Talks ended."));
    }

    [Theory]
    [InlineData("“We will … respond decisively,” he said.")]
    [InlineData("We will... respond, he said.")]
    public void Segment_EllipsisBeforeLowerCase_StaysOneSentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Segment_EllipsisBeforeCapital_EndsTheSentence()
    {
        Assert.Equal(["And then…", "The talks ended."], Sentences("And then… The talks ended."));
    }

    [Fact]
    public void Segment_MissingSpaceAfterFullStop_IsNoSentenceEnd()
    {
        Assert.Equal(["Talks lasted weeks.Biden spoke."], Sentences("Talks lasted weeks.Biden spoke."));
    }

    [Fact]
    public void Segment_CurlyNestedQuotation_GivesOuterAndInnerWithDepth()
    {
        const string Text = "He said: “They called it ‘a plan’ on Monday.” Then he left.";

        var quotations = Segmenter.Segment(Text).Quotations;

        Assert.Equal(2, quotations.Count);
        var (outer, inner) = (quotations[0], quotations[1]);
        Assert.Equal("“They called it ‘a plan’ on Monday.”", Text.Substring(outer.Start, outer.Length));
        Assert.Equal(('“', '”', 0, true), (outer.Open, outer.Close, outer.Depth, outer.IsClosed));
        Assert.Equal("‘a plan’", Text.Substring(inner.Start, inner.Length));
        Assert.Equal(('‘', '’', 1, true), (inner.Open, inner.Close, inner.Depth, inner.IsClosed));
    }

    /// <summary>Paragraphs without quotation marks are passed over; those around them keep their quotations and paragraph indexes.</summary>
    [Fact]
    public void Segment_ParagraphsWithoutMarksBetweenQuotedOnes_GiveOnlyTheQuotedOnesQuotations()
    {
        const string Text = "Troops gathered on Monday.\n\nHe said “no” twice.\n\nThe talks ended.\n\nShe said ‘yes’, then \"maybe\".";

        var quotations = Segmenter.Segment(Text).Quotations;

        Assert.Equal(["“no”", "‘yes’", "\"maybe\""], quotations.Select(q => Text.Substring(q.Start, q.Length)));
        Assert.Equal([1, 3, 3], quotations.Select(q => q.ParagraphIndex));
    }

    [Fact]
    public void Segment_ParagraphsWithoutQuotationMarks_HaveNoQuotations()
    {
        Assert.Empty(Quotations("Troops gathered on Monday.\n\nThe talks ended (after midnight) without a deal."));
    }

    [Fact]
    public void Segment_StraightQuotes_PairUp()
    {
        const string Text = "He said \"no\" and then \"yes\".";

        var quotations = Segmenter.Segment(Text).Quotations;

        Assert.Equal(["\"no\"", "\"yes\""], quotations.Select(q => Text.Substring(q.Start, q.Length)));
        Assert.All(quotations, q => Assert.Equal(('"', '"', 0, true), (q.Open, q.Close, q.Depth, q.IsClosed)));
    }

    [Theory]
    [InlineData("Ukraine’s army said the soldiers’ pay rose.")]
    [InlineData("We don’t know, it’s late and they’re tired.")]
    [InlineData("In the ’90s rock’n’roll ruled.")]
    public void Segment_Apostrophes_AreNoQuotations(string text)
    {
        Assert.Empty(Quotations(text));
    }

    [Fact]
    public void Segment_ApostropheInsideAQuotation_DoesNotCloseIt()
    {
        const string Text = "She said ‘Ukraine’s army won’t stop’ on Monday.";

        Assert.Equal(["‘Ukraine’s army won’t stop’"], Quotations(Text));
    }

    [Fact]
    public void Segment_UnclosedQuotation_RunsToTheParagraphEndNotClosed()
    {
        const string Text = "He said “we will respond and left.\n\nNext paragraph “fine”.";

        var quotations = Segmenter.Segment(Text).Quotations;

        Assert.Equal(2, quotations.Count);
        var open = quotations[0];
        Assert.False(open.IsClosed);
        Assert.Equal('\0', open.Close);
        Assert.Equal(0, open.ParagraphIndex);
        Assert.Equal("“we will respond and left.", Text.Substring(open.Start, open.Length));
        Assert.True(quotations[1].IsClosed);
        Assert.Equal(1, quotations[1].ParagraphIndex);
    }

    [Fact]
    public void Segment_TokensOfASentence_AreItsOwn()
    {
        const string Text = "Talks began. Biden spoke at 10:30.";

        var segmentation = Segmenter.Segment(Text);

        var second = segmentation.Sentences[1];
        Assert.Equal(["Biden", "spoke", "at", "10:30", "."], segmentation.TokensOf(second).ToArray().Select(t => t.TextOf(Text)));
        Assert.Equal(segmentation.Tokens.Length, segmentation.Sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void Segment_EmptyOrBlankText_HasNothing()
    {
        foreach (var text in new[] { "", "   \n\t\n" })
        {
            var segmentation = Segmenter.Segment(text);
            Assert.Empty(segmentation.Paragraphs);
            Assert.Empty(segmentation.Sentences);
            Assert.Null(segmentation.Headline);
        }
    }

    [Fact]
    public void Sentence_Words_AreItsWordsAndNumbersAtArticleOffsets()
    {
        const string Text = "Headline\n\nThe talks, in Geneva, lasted 3.5 hours. Then they left.";

        var sentences = Segmenter.Segment(Text).Sentences;

        Assert.Equal(["The", "talks", "in", "Geneva", "lasted", "3.5", "hours"],
            sentences[1].Words.Select(w => Text.Substring(w.Start, w.Length)).ToList());
        Assert.Equal(["Then", "they", "left"], sentences[2].Words.Select(w => Text.Substring(w.Start, w.Length)).ToList());
        Assert.Equal(TokenKind.Number, sentences[1].Words[5].Kind);
        Assert.Same(sentences[1].Words, sentences[1].Words);
        var alone = sentences[1];
        var made = new Sentence(alone.Index, alone.ParagraphIndex, alone.Start, alone.Length, alone.Text, alone.IsHeadline,
            alone.IsFirstInParagraph, alone.IsLastInParagraph, alone.IsLastInArticle, alone.FirstToken, alone.TokenCount);
        Assert.Equal(alone.Words, made.Words);
    }

    [Fact]
    public void Segment_SentencesAndParagraphs_ReadTheArticlesOwnCharacters()
    {
        const string Text = "Talks end\n\n\u201CWe are done,\u201D he said. Then they left.\nA second line.\n\nLast one.";

        var segmentation = Segmenter.Segment(Text);

        Assert.All(segmentation.Sentences, s =>
        {
            Assert.Equal(Text.Substring(s.Start, s.Length), s.Span.ToString());
            Assert.Equal(Text.Substring(s.Start, s.Length), s.Text);
            Assert.Same(s.Text, s.Text);
        });
        Assert.All(segmentation.Paragraphs, p =>
        {
            Assert.Equal(Text.Substring(p.Start, p.Length), p.Span.ToString());
            Assert.Equal(Text.Substring(p.Start, p.Length), p.Text);
        });
        Assert.Equal([false, true, false], segmentation.Paragraphs.Select(p => p.StartsWithQuote));
        Assert.Equal([1, 2, 1], segmentation.Paragraphs.Select(p => p.LineCount));
        var made = new Paragraph(0, 0, 3, "\u201CAb", isHeadline: false, isLast: true, lineCount: 1);
        Assert.True(made.StartsWithQuote);
        Assert.Equal("\u201CAb", made.Span.ToString());
    }

    [Fact]
    public void Segment_LongSentencesWithoutStops_SplitOnlyAtTheirEnds()
    {
        var first = "The talks " + string.Concat(Enumerable.Repeat("went on and on ", 40)) + "until dawn.";
        var second = "Then they stopped\u2026 Nobody spoke! Why? Mr. Smith left at 3.5 p.m. The end";
        Assert.Equal([first, "Then they stopped\u2026", "Nobody spoke!", "Why?", "Mr. Smith left at 3.5 p.m.", "The end"],
            Sentences(first + " " + second));
    }

    [Theory]
    [InlineData("He lives at No. 10 Downing Street.", 1)]
    [InlineData("Voters said No. The count ended.", 2)]
    [InlineData("It opened in Jan. The crowds came.", 2)]
    [InlineData("It opened on Jan. 26 to crowds.", 1)]
    [InlineData("Sen. Warren and Gov. Newsom spoke.", 1)]
    [InlineData("Ask Prof. Jones, e.g. about tariffs, etc. and more.", 1)]
    public void Segment_AbbreviationsAndTheWordAfter_DecideTheSentenceEnd(string text, int sentences)
    {
        Assert.Equal(sentences, Sentences(text).Count);
    }

    [Fact]
    public void Segment_QuotationMarksFarApart_PairAcrossTheTextBetween()
    {
        var between = string.Concat(Enumerable.Repeat("words without marks ", 30));
        var text = "He said \u201C" + between + "\u2018inner " + between + "\u2019 end\u201D and \"plain\" then\u201D.";
        Assert.Equal(
            ["\u201C" + between + "\u2018inner " + between + "\u2019 end\u201D", "\u2018inner " + between + "\u2019", "\"plain\"", "\u201D"],
            Quotations(text));
    }
}
