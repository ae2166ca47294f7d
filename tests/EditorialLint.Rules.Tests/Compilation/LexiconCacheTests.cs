using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;

namespace EditorialLint.Rules.Tests.Compilation;

/// <summary>
/// A lexicon read back from the cache classifies as the parsed one does; an entry is used only
/// for its own text, and a damaged or unwritable cache leaves parsing to do the work.
/// </summary>
public sealed class LexiconCacheTests : IDisposable
{
    private const string Text = "# words\nabandon\tnv\nquickly\tr\nthe\tf\nParis\tnp\ncafé\tn\nalone\n";

    private static readonly string[] Words = ["abandon", "QUICKLY", "The", "paris", "CAFÉ", "alone", "absent", "cafe", ""];

    private readonly string _folder = Directory.CreateTempSubdirectory("editorial-lint-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly DateTime Written = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private string[] Entries() => Directory.GetFiles(_folder, "*.lexicon.bin");

    private static string Classes(Lexicon lexicon) =>
        string.Join(", ", Words.Select(w => $"{w}={lexicon.Classify(w)}")) + $"; {lexicon.Count}";

    [Fact]
    public void Parse_ASecondTime_ReadsTheEntry_AndClassifiesAlike()
    {
        var parsed = Classes(new LexiconCache(_folder).Parse(Text));
        var entry = Assert.Single(Entries());
        File.SetLastWriteTimeUtc(entry, Written);

        var cached = Classes(new LexiconCache(_folder).Parse(Text));

        // An entry that could not be read would have been written again.
        Assert.Equal(Written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(Classes(Lexicon.Parse(Text)), parsed);
        Assert.Equal(parsed, cached);
        Assert.Contains("CAFÉ=Noun", cached);
    }

    [Fact]
    public void Parse_TheShippedLexicon_FromTheCache_ClassifiesEveryWordAsParsing()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("rules", "lexicon", "english.tsv"));
        var parsed = Lexicon.Parse(text);
        new LexiconCache(_folder).Parse(text);
        var entry = Assert.Single(Entries());
        File.SetLastWriteTimeUtc(entry, Written);

        var cached = new LexiconCache(_folder).Parse(text);

        Assert.Equal(Written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(parsed.Count, cached.Count);
        foreach (var line in text.Split('\n').Where(l => l.Length > 0 && l[0] != '#'))
        {
            var word = line.Split('\t')[0];
            Assert.Equal(parsed.Classify(word), cached.Classify(word));
        }
    }

    [Fact]
    public void Parse_AnEntryForOtherText_UnderTheSameName_IsNotUsed()
    {
        var cache = new LexiconCache(_folder);
        cache.Parse(Text);
        var first = Assert.Single(Entries());
        var other = Text.Replace("quickly\tr", "quickly\tv", StringComparison.Ordinal);
        cache.Parse(other);
        var second = Assert.Single(Entries(), e => e != first);
        File.Copy(first, second, overwrite: true);

        Assert.Equal(WordClass.Verb, cache.Parse(other).Classify("quickly"));
    }

    [Fact]
    public void Parse_AnEntryDamagedAnywhere_IsParsedAgain()
    {
        var cache = new LexiconCache(_folder);
        var expected = Classes(cache.Parse(Text));
        var entry = Assert.Single(Entries());
        var bytes = File.ReadAllBytes(entry);

        for (var i = 0; i < bytes.Length; i++)
        {
            var damaged = bytes.ToArray();
            damaged[i] ^= 0x5A;
            File.WriteAllBytes(entry, damaged);
            Assert.Equal(expected, Classes(cache.Parse(Text)));
        }
    }

    [Fact]
    public void Parse_ATruncatedEntry_IsParsedAgain_AndRewritten()
    {
        var cache = new LexiconCache(_folder);
        var expected = Classes(cache.Parse(Text));
        var entry = Assert.Single(Entries());
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..^7]);

        Assert.Equal(expected, Classes(cache.Parse(Text)));
        Assert.Equal(bytes, File.ReadAllBytes(entry));
    }

    [Fact]
    public void Parse_WhereNothingCanBeWritten_StillParses()
    {
        var blocked = Path.Combine(_folder, "file");
        File.WriteAllText(blocked, "not a folder");

        Assert.Equal(Classes(Lexicon.Parse(Text)), Classes(new LexiconCache(Path.Combine(blocked, "cache")).Parse(Text)));
    }
}
