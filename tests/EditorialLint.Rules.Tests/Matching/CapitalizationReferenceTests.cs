using System.Text;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The capitalisation scanner passes over sentences without a candidate word; on generated copy
/// full of names, common words in capitals, breaks, quotations, numbers and possessives it must
/// report what the scanner that collected every sentence's words reported.
/// </summary>
public class CapitalizationReferenceTests
{
    private static readonly string[] Pool =
    [
        "the", "of", "troops", "along", "border", "said", "reported", "in", "to", "and", "new", "week", "also", "tension", "reporters",
        "Along", "The", "Urge", "Ease", "Told", "In", "For", "New", "Air", "Defense", "Systems", "Thanks", "Partners", "Negotiation",
        "Last", "Game", "Plan", "Action", "Group", "Seven", "Without", "Borders", "Reporters", "Will", "May", "Bill", "As", "Peace", "War",
        "Biden", "Putin", "Zelenskyy", "Kyiv", "Ukraine's", "Putin’s", "Jens", "Stoltenberg", "O'Brien", "Inter", "Arsenal", "Eve",
        "House", "Secretary", "White", "President", "St", "Gen", "Doctors", "Lord", "Rings",
        "NATO", "US", "I", "A", "Western-backed", "Pro-Russian", "Reporters'",
        "7", "100,000", "2024", "https://example.com",
        ",", ".", ":", "—", "\"", "“", "”", "(", ")", "-", "‘", "’",
    ];

    [Fact]
    public void Scan_ReportsWhatCollectingEverySentenceReported()
    {
        var lexicon = Lexicon.Parse(File.ReadAllText(RepositoryRoot.Combine("rules", "lexicon", "english.tsv")));
        var nameParts = WordList.Parse(File.ReadAllText(RepositoryRoot.Combine("rules", "lexicon", "name-parts.txt")), ignoreCase: false);
        string[] suffixes = ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship"];
        var prepositions = new WordList(["about", "along", "as", "at", "by", "for", "in", "of", "on", "to", "with", "without", "and", "or", "but"], ignoreCase: true);
        string[] exceptions = ["Reporters Without Borders", "Doctors Without Borders", "Lord of the Rings"];
        var scanner = new CapitalizationScanner("C", lexicon, nameParts, suffixes, prepositions, exceptions);
        var reference = new ReferenceCapitalizationScanner("C", lexicon, nameParts, suffixes, prepositions, exceptions);

        var random = new Random(31337);
        var reported = 0;
        for (var article = 0; article < 400; article++)
        {
            var text = new StringBuilder();
            for (var paragraph = random.Next(1, 4); paragraph > 0; paragraph--)
            {
                for (var sentence = random.Next(1, 4); sentence > 0; sentence--)
                {
                    for (var word = random.Next(1, 16); word > 0; word--)
                        text.Append(Pool[random.Next(Pool.Length)]).Append(random.Next(6) == 0 ? "" : " ");
                    text.Append(random.Next(4) == 0 ? "? " : ". ");
                }

                text.Append("\n\n");
            }

            var segmentation = Segmenter.Segment(text.ToString());
            var expected = new ScanContext(segmentation);
            reference.Scan(expected);
            var actual = new ScanContext(segmentation);
            scanner.Scan(actual);

            Assert.Equal(expected.Facts.Cast<Match>().Select(Describe), actual.Facts.Cast<Match>().Select(Describe));
            reported += expected.Facts.Count;
        }

        // The generated copy must give the scanner something to report, or the comparison says nothing.
        Assert.True(reported > 100, $"only {reported} reports");
    }

    private static string Describe(Match m) =>
        $"{m.Start}+{m.Length} {m.Text} -> {m.Replacement} ({m.Detail}) p{m.ParagraphIndex} s{m.SentenceIndex} h{m.InHeadline}";
}
