using System.Text;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Matching;

/// <summary>
/// The word tables hash and probe on their own; they must answer as the framework's dictionaries
/// and sets do (kept here as the reference), for generated words in mixed case, beyond ASCII, with
/// apostrophes and empty words, words listed twice in another case, and words that are not listed.
/// The glued-words scanner skips the look-ups that cannot lead to a split; it must find what the
/// plain form (every lower-case word looked up, then split) found.
/// </summary>
public class WordTableReferenceTests
{
    private const string Letters = "aeiouthnsrdlAETHNSéÉıİßſKk'’-";

    private static string RandomWord(Random random, int maxLength)
    {
        var chars = new char[random.Next(0, maxLength + 1)];
        for (var i = 0; i < chars.Length; i++) chars[i] = Letters[random.Next(Letters.Length)];
        return new string(chars);
    }

    private static string ChangeCase(Random random, string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (random.Next(3) == 0) chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
        }

        return new string(chars);
    }

    [Fact]
    public void Lexicon_ClassifiesAsADictionaryOfItsLines_ParsedOrReadFromItsTable()
    {
        var random = new Random(2024);
        for (var round = 0; round < 40; round++)
        {
            var words = Enumerable.Range(0, random.Next(0, 400)).Select(_ => RandomWord(random, 6)).ToList();
            // Some words again in another case, with other classes: the last classes win.
            words.AddRange(words.Take(words.Count / 4).Select(w => ChangeCase(random, w)).ToList());
            var tsv = new StringBuilder("# generated\n");
            var expected = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
            foreach (var word in words)
            {
                var letters = new string("nvarfpx".Where(_ => random.Next(3) == 0).ToArray());
                tsv.Append(word).Append(letters.Length > 0 || random.Next(2) == 0 ? "\t" + letters : "").Append('\n');
                expected[word] = ReferenceClasses(letters);
            }

            // A line of only a tab is an empty word; an empty line is no word at all.
            expected.Remove("");
            var text = tsv.ToString();
            foreach (var line in text.Split('\n'))
            {
                if (line.Length > 0 && line[0] != '#' && line.Split('\t')[0].Length == 0)
                    expected[""] = ReferenceClasses(line.Split('\t')[1]);
            }

            var lexicon = Lexicon.Parse(text);
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) lexicon.WriteTable(writer);
            stream.Position = 0;
            var read = Lexicon.ReadTable(text, stream);
            Assert.NotNull(read);

            Assert.Equal(expected.Count, lexicon.Count);
            Assert.Equal(expected.Count, read.Count);
            var probes = words.Select(w => ChangeCase(random, w)).Concat(Enumerable.Range(0, 300).Select(_ => RandomWord(random, 7)));
            foreach (var probe in probes)
            {
                var want = expected.TryGetValue(probe, out var classes) ? classes : WordClass.None;
                Assert.Equal(want, lexicon.Classify(probe));
                Assert.Equal(want, read.Classify(probe));
            }
        }
    }

    [Fact]
    public void Lexicon_ReadTable_RefusesATableOfAnotherShape()
    {
        var text = "abandon\tnv\nquickly\tr\n";
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) Lexicon.Parse(text).WriteTable(writer);
        var table = stream.ToArray();

        Assert.Null(Lexicon.ReadTable(text, new MemoryStream(table, 0, table.Length - 4)));
        Assert.Null(Lexicon.ReadTable(text[..5], new MemoryStream(table)));
        var wrongCount = (byte[])table.Clone();
        wrongCount[0]++;
        Assert.Null(Lexicon.ReadTable(text, new MemoryStream(wrongCount)));
    }

    private static WordClass ReferenceClasses(string letters)
    {
        var classes = WordClass.None;
        foreach (var c in letters)
        {
            classes |= c switch
            {
                'n' => WordClass.Noun,
                'v' => WordClass.Verb,
                'a' => WordClass.Adjective,
                'r' => WordClass.Adverb,
                'f' => WordClass.Function,
                'p' => WordClass.Proper,
                _ => WordClass.Other,
            };
        }

        return classes == WordClass.None ? WordClass.Other : classes;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WordList_ContainsWhatASetOfItsWordsContains(bool ignoreCase)
    {
        var random = new Random(ignoreCase ? 7 : 8);
        for (var round = 0; round < 40; round++)
        {
            var words = Enumerable.Range(0, random.Next(0, 300)).Select(_ => RandomWord(random, 6)).ToList();
            words.AddRange(words.Take(words.Count / 4).Select(w => ChangeCase(random, w)).ToList());
            var expected = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

            var list = new WordList(words, ignoreCase);

            Assert.Equal(expected.Count, list.Count);
            foreach (var probe in words.Select(w => ChangeCase(random, w)).Concat(words).Concat(Enumerable.Range(0, 300).Select(_ => RandomWord(random, 7))))
                Assert.Equal(expected.Contains(probe), list.Contains(probe));
        }
    }

    [Theory]
    [InlineData("the a an on in of to into", "the of and to")]
    [InlineData("the é  to", "of élan")]
    [InlineData("", "the of")]
    public void GluedWords_FindsWhatLookingUpEveryWordFound(string firstWords, string lastWords)
    {
        var random = new Random(99);
        var known = new[] { "report", "theme", "kremlin", "website", "release", "ring", "tonight", "bound", "statement", "élan", "rapport", "ring", "war", "day", "bed" };
        var lexicon = Lexicon.Parse(string.Join('\n', known.Select(w => w + "\tn").Concat(["onthe\tx", "into\tf", "tonight\tn"])));
        // Split on single spaces: two spaces make an empty word.
        var first = firstWords.Length == 0 ? [] : firstWords.Split(' ');
        var last = lastWords.Split(' ');
        var scanner = new GluedWordsScanner("G", lexicon, first, last);
        var pieces = known.Concat(first).Concat(last).Concat(["xyz", "Kremlin", "qq", "ba", "zzz", "ée"]).ToArray();
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            for (var w = random.Next(1, 30); w > 0; w--)
            {
                // Words of one to three pieces, glued or not, with now and then a letter of their own.
                var parts = random.Next(1, 4);
                for (var p = 0; p < parts; p++) text.Append(random.Next(8) == 0 ? RandomWord(random, 3) : pieces[random.Next(pieces.Length)]);
                text.Append(random.Next(10) == 0 ? ". " : " ");
            }

            var segmentation = Segmenter.Segment(text.ToString());
            var context = new ScanContext(segmentation);
            scanner.Scan(context);

            var expected = ReferenceGlued(context, lexicon, first, last);
            Assert.Equal(expected, context.Facts.Cast<Match>().Select(Describe).ToList());
        }
    }

    private static string Describe(Match m) =>
        $"{m.Start}+{m.Length} {m.Text} -> {m.Replacement} ({m.Detail}) p{m.ParagraphIndex} s{m.SentenceIndex} h{m.InHeadline}";

    /// <summary>The scan as it was: every lower-case word of five letters or more looked up, then split.</summary>
    private static List<string> ReferenceGlued(ScanContext context, Lexicon lexicon, string[] firstWords, string[] lastWords)
    {
        var firsts = firstWords.OrderByDescending(w => w.Length).ToArray();
        var lasts = lastWords.OrderByDescending(w => w.Length).ToArray();
        var found = new List<string>();
        var text = context.Text;
        foreach (var token in context.Segmentation.Tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length < 5) continue;
            var word = token.TextOf(text);
            if (!word.All(char.IsLower) || lexicon.Classify(word) != WordClass.None) continue;
            string? split = null;
            foreach (var f in firsts)
            {
                if (word.Length - f.Length >= 3 && word.StartsWith(f, StringComparison.Ordinal) && lexicon.Classify(word.AsSpan(f.Length)) != WordClass.None)
                {
                    split = $"{f} {word[f.Length..]}";
                    break;
                }
            }

            if (split is null)
            {
                foreach (var l in lasts)
                {
                    if (word.Length - l.Length >= 3 && word.EndsWith(l, StringComparison.Ordinal) && lexicon.Classify(word.AsSpan(0, word.Length - l.Length)) != WordClass.None)
                    {
                        split = $"{word[..^l.Length]} {l}";
                        break;
                    }
                }
            }

            if (split is null) continue;
            var m = new Match("G", token.Start, token.Length, word)
            {
                ParagraphIndex = context.ParagraphAt(token.Start),
                SentenceIndex = context.SentenceAt(token.Start),
                InHeadline = context.InHeadline(token.Start),
                Replacement = split,
                Detail = split,
            };
            found.Add(Describe(m));
        }

        return found;
    }
}
