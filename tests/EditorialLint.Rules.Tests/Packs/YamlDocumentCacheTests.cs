using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Packs;

/// <summary>
/// The cache of parsed YAML documents gives what parsing gives, is used only for the exact text it
/// was made from, and when damaged, foreign or unwritable leaves parsing to do the work.
/// </summary>
public sealed class YamlDocumentCacheTests : IDisposable
{
    private const string Pack = """
        pack: sample
        rules:
          - id: TST0001
            title: "A title: quoted"
            tags: [one, two]
            swap: { Kiev: Kyiv, "Donbass": Donbas }
            groups:
              - [a, b]
              - [c]
            examples:
              - bad: |
                  Two
                  lines
                expect: ["Two"]
            !custom tagged: value
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("editorial-lint-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly DateTime Written = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private string[] Entries() => Directory.GetFiles(_folder, "*.yaml.bin");

    [Fact]
    public void Parse_ASecondTime_ReadsTheEntry_AndGivesTheSameDocument()
    {
        var cache = new YamlDocumentCache(_folder);
        var parsed = Dump(cache.Parse("p.yaml", Pack));
        var entry = Assert.Single(Entries());
        File.SetLastWriteTimeUtc(entry, Written);

        var cached = Dump(new YamlDocumentCache(_folder).Parse("p.yaml", Pack));

        // An entry that could not be read would have been written again.
        Assert.Equal(Written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(Dump(new YamlDocumentCache(null).Parse("p.yaml", Pack)), parsed);
        Assert.Equal(parsed, cached);
        Assert.Contains("3:9 TST0001", cached);
        Assert.Contains(" tagged (tagged)", cached);
    }

    [Fact]
    public void Parse_ADocumentLargerThanAPieceRead_ASecondTime_ReadsTheEntry()
    {
        // The officials registry: its text and its nodes each span several pieces of the entry.
        var text = File.ReadAllText(RepositoryRoot.Combine("rules", "officials.yaml"));
        Assert.True(text.Length * 2 > 3 * CacheFolder.PieceSize);
        var parsed = Dump(new YamlDocumentCache(_folder).Parse("officials.yaml", text));
        var entry = Assert.Single(Entries());
        File.SetLastWriteTimeUtc(entry, Written);

        var cached = Dump(new YamlDocumentCache(_folder).Parse("officials.yaml", text));

        Assert.Equal(Written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(parsed, cached);
    }

    [Fact]
    public void Parse_FromTheCache_ReportsMistakesAtTheSamePlaces()
    {
        var text = Pack.Replace("tags: [one, two]", "tags: [one, two]\n    colour: red", StringComparison.Ordinal);
        new YamlDocumentCache(_folder).Parse("p.yaml", text);

        var map = YamlMapOf(new YamlDocumentCache(_folder).Parse("p.yaml", text));
        var rule = map.Maps("rules")[0];
        var e = Assert.Throws<RuleLoadException>(() => rule.AllowOnly(["id", "title", "tags", "swap", "groups", "examples"], "a rule"));

        Assert.StartsWith("p.yaml:6:5: unknown key 'colour'", e.Message);
        Assert.Null(rule.String("tagged"));
    }

    [Fact]
    public void Parse_AnEntryForOtherText_UnderTheSameName_IsNotUsed()
    {
        var cache = new YamlDocumentCache(_folder);
        cache.Parse("p.yaml", Pack);
        var first = Assert.Single(Entries());
        var other = Pack.Replace("TST0001", "TST0002", StringComparison.Ordinal);
        cache.Parse("p.yaml", other);
        var second = Assert.Single(Entries(), e => e != first);
        // As if the two texts had the same name: the entry holds the first text, not the second.
        File.Copy(first, second, overwrite: true);

        var document = Dump(cache.Parse("p.yaml", other));

        Assert.Contains("TST0002", document);
        Assert.DoesNotContain("TST0001", document);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(40)]
    public void Parse_ADamagedEntry_IsParsedAgain_AndRewritten(int keep)
    {
        var cache = new YamlDocumentCache(_folder);
        var expected = Dump(cache.Parse("p.yaml", Pack));
        var entry = Assert.Single(Entries());
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, [.. bytes.Take(keep), .. Enumerable.Repeat((byte)0xFF, 64)]);

        Assert.Equal(expected, Dump(cache.Parse("p.yaml", Pack)));
        Assert.Equal(bytes, File.ReadAllBytes(entry));
    }

    [Fact]
    public void Parse_AnEntryDamagedAnywhere_IsParsedAgain()
    {
        var cache = new YamlDocumentCache(_folder);
        var expected = Dump(cache.Parse("p.yaml", Pack));
        var entry = Assert.Single(Entries());
        var bytes = File.ReadAllBytes(entry);

        for (var i = 0; i < bytes.Length; i++)
        {
            var damaged = bytes.ToArray();
            damaged[i] ^= 0x5A;
            File.WriteAllBytes(entry, damaged);
            Assert.Equal(expected, Dump(cache.Parse("p.yaml", Pack)));
        }
    }

    [Fact]
    public void Parse_ATruncatedTree_IsParsedAgain()
    {
        var cache = new YamlDocumentCache(_folder);
        var expected = Dump(cache.Parse("p.yaml", Pack));
        var entry = Assert.Single(Entries());
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..^5]);

        Assert.Equal(expected, Dump(cache.Parse("p.yaml", Pack)));
    }

    [Fact]
    public void Parse_WhereNothingCanBeWritten_StillParses()
    {
        var blocked = Path.Combine(_folder, "file");
        File.WriteAllText(blocked, "not a folder");
        var cache = new YamlDocumentCache(Path.Combine(blocked, "cache"));

        Assert.Equal(Dump(new YamlDocumentCache(null).Parse("p.yaml", Pack)), Dump(cache.Parse("p.yaml", Pack)));
        Assert.Equal(Dump(new YamlDocumentCache(null).Parse("p.yaml", Pack)), Dump(cache.Parse("p.yaml", Pack)));
    }

    [Fact]
    public void Parse_ASyntaxError_IsReportedEachTime_AndNotKept()
    {
        var cache = new YamlDocumentCache(_folder);
        const string broken = "pack: x\nrules: [a, b\n";

        var first = Assert.Throws<RuleLoadException>(() => cache.Parse("b.yaml", broken));
        var second = Assert.Throws<RuleLoadException>(() => cache.Parse("b.yaml", broken));

        Assert.Equal(first.Message, second.Message);
        Assert.StartsWith("b.yaml:", first.Message);
        Assert.Empty(Entries());
    }

    [Fact]
    public void Parse_ADocumentWithAnAlias_IsNotKept()
    {
        var cache = new YamlDocumentCache(_folder);

        var map = YamlMapOf(cache.Parse("a.yaml", "base: &b { x: 1 }\ncopy: *b\n"));

        Assert.Equal("1", map.Map("copy")!.String("x"));
        Assert.Empty(Entries());
    }

    [Fact]
    public void Parse_KeepsAFewDozenEntriesAtMost()
    {
        var cache = new YamlDocumentCache(_folder);

        for (var i = 0; i < 70; i++) cache.Parse("n.yaml", $"n: {i}\n");

        Assert.InRange(Entries().Length, 1, 64);
        Assert.Equal("69", YamlMapOf(cache.Parse("n.yaml", "n: 69\n")).String("n"));
    }

    private static YamlMap YamlMapOf(MappingNode node) => new("p.yaml", node);

    private static string Dump(DocumentNode node)
    {
        var lines = new List<string>();
        void Walk(DocumentNode n, string indent)
        {
            switch (n)
            {
                case ScalarNode s:
                    lines.Add($"{indent}{s.Line}:{s.Column} {s.Value}{(s.IsPlainKey ? "" : " (tagged)")}");
                    break;
                case SequenceNode q:
                    lines.Add($"{indent}{q.Line}:{q.Column} [");
                    foreach (var item in q.Items) Walk(item, indent + "  ");
                    break;
                case MappingNode m:
                    lines.Add($"{indent}{m.Line}:{m.Column} {{");
                    for (var i = 0; i < m.Keys.Length; i++)
                    {
                        Walk(m.Keys[i], indent + "  ");
                        Walk(m.Values[i], indent + "    ");
                    }

                    break;
            }
        }

        Walk(node, "");
        return string.Join("\n", lines);
    }
}
