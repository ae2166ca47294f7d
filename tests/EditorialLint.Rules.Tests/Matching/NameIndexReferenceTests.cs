using System.Text;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Officials;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The name index is tuned without changing what it finds; on generated copy of registry names right
/// and slipped, first names, titles, possessives, particles and common words it must find the facts
/// the index as it was found, with the shipped registry, titles and word lists.
/// </summary>
public class NameIndexReferenceTests
{
    private static string Data(params string[] path) => File.ReadAllText(RepositoryRoot.Combine(["rules", .. path]));

    [Fact]
    public void Scan_FindsWhatTheIndexAsItWasFound()
    {
        var registry = OfficialRegistry.Parse("rules/officials.yaml", Data("officials.yaml"));
        var titles = TitleVocabulary.Parse("rules/titles.yaml", Data("titles.yaml"));
        var lexicon = Lexicon.Parse(Data("lexicon", "english.tsv"));
        var nameParts = WordList.Parse(Data("lexicon", "name-parts.txt"), ignoreCase: false);
        var properNames = WordList.Parse(Data("lexicon", "proper-names.txt"), ignoreCase: true);
        var index = new NameIndex(registry, titles, lexicon, nameParts, properNames);
        var reference = new ReferenceNameIndex(registry, titles, lexicon, nameParts, properNames);

        var random = new Random(8080);
        var names = registry.Officials.SelectMany(o => o.Alternatives.Concat(o.Misspellings).Prepend(o.Name))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();
        string[] others =
        [
            "President", "Secretary", "of", "State", "Foreign", "Minister", "Prime", "Press", "White", "House", "the", "said", "The", "He",
            "Hunter", "Olena", "Julian", "Bill", "May", "Will", "As", "Mark", "Kerry", "Ireland", "Smith", "Jr", "al-Assad", "el-Sisi",
            "We've", "Ma'am", "NATO", "US", "Mr.", "Gen.", ",", ".", "’s", "'s", "’", "-", "met", "in", "Kyiv", "on", "Monday", "7",
        ];
        var found = 0;
        for (var article = 0; article < 400; article++)
        {
            var text = new StringBuilder();
            for (var w = random.Next(1, 40); w > 0; w--)
            {
                var word = random.Next(3) == 0 ? others[random.Next(others.Length)] : names[random.Next(names.Length)];
                if (random.Next(5) == 0 && word.Length > 3) word = Slip(word, random);
                text.Append(word);
                if (random.Next(8) == 0) text.Append(random.Next(2) == 0 ? "'s" : "’s");
                text.Append(random.Next(12) == 0 ? ". " : " ");
            }

            var segmentation = Segmenter.Segment(text.ToString());
            var expected = new ScanContext(segmentation);
            reference.Scan(expected);
            var actual = new ScanContext(segmentation);
            index.Scan(actual);

            Assert.Equal(expected.Facts.Select(Describe), actual.Facts.Select(Describe));
            found += expected.Facts.Count;
        }

        Assert.True(found > 200, $"only {found} facts");
    }

    /// <summary>One letter dropped, doubled or swapped with the next.</summary>
    private static string Slip(string word, Random random)
    {
        var i = random.Next(1, word.Length - 1);
        return random.Next(3) switch
        {
            0 => word.Remove(i, 1),
            1 => word.Insert(i, word[i].ToString()),
            _ => string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)),
        };
    }

    private static string Describe(object fact) => fact switch
    {
        Mention m => $"mention {m.OfficialId} {m.Start}+{m.Length} {m.Text} {m.Kind} {m.Expected} {m.Variant} {m.VariantKey} {m.IsSurnameOnly} {m.Confident}",
        TitleCue t => $"title {t.Start}+{t.Length} {t.Phrase} {t.NameStart} {t.Gender}",
        Official o => $"official {o.Id}",
        _ => fact.ToString() ?? "",
    };
}
