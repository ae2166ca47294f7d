using EditorialLint.Engine.RuleModel;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Officials;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Compilation;

/// <summary>What rule kinds compile into: matcher entries, extra scanners, engine rules; and the data they read.</summary>
public sealed class CompileContext
{
    private readonly Dictionary<string, object> _data = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IScanner> _sharedScanners = new(StringComparer.Ordinal);

    /// <summary>Literal terms for the one multi-pattern search.</summary>
    public List<TermEntry> Terms { get; } = [];

    /// <summary>Regular expressions.</summary>
    public List<PatternEntry> Patterns { get; } = [];

    /// <summary>Other scanners (name index, capitalisation).</summary>
    public List<IScanner> Scanners { get; } = [];

    /// <summary>The engine rules written so far.</summary>
    public List<IRuleDefinition> EngineRules { get; } = [];

    /// <summary>Adds a scanner once per key, however many rules ask for it.</summary>
    public T SharedScanner<T>(string key, Func<T> create) where T : IScanner
    {
        if (_sharedScanners.TryGetValue(key, out var existing)) return (T)existing;
        var scanner = create();
        _sharedScanners[key] = scanner;
        Scanners.Add(scanner);
        return scanner;
    }

    /// <summary>The English lexicon named by <paramref name="key"/> of the rule (default <c>lexicon/english.tsv</c>).</summary>
    public Lexicon Lexicon(RuleSpec rule, string key = "lexicon") =>
        Data(rule, key, "lexicon/english.tsv", (_, text) => LexiconCache.Default.Parse(text));

    /// <summary>A word list named by <paramref name="key"/> of the rule.</summary>
    public WordList WordListFile(RuleSpec rule, string key, string fallback, bool ignoreCase) =>
        Data(rule, key, fallback, (_, text) => WordList.Parse(text, ignoreCase));

    /// <summary>The officials registry.</summary>
    public OfficialRegistry Registry(RuleSpec rule) =>
        Data(rule, "registry", "officials.yaml", OfficialRegistry.Parse);

    /// <summary>The title vocabulary.</summary>
    public TitleVocabulary Titles(RuleSpec rule) =>
        Data(rule, "titles", "titles.yaml", TitleVocabulary.Parse);

    /// <summary>The display key under which a rule's data file is cached.</summary>
    public static string DataKey(RuleSpec rule, string key, string fallback) =>
        rule.Pack.Source.DisplayName(rule.Body.String(key) ?? fallback);

    private T Data<T>(RuleSpec rule, string key, string fallback, Func<string, string, T> parse) where T : class
    {
        var path = rule.Body.String(key) ?? fallback;
        var cacheKey = typeof(T).Name + ":" + rule.Pack.Source.DisplayName(path);
        if (_data.TryGetValue(cacheKey, out var cached)) return (T)cached;
        var text = rule.Pack.ReadData(path, rule.Body, key);
        var value = parse(rule.Pack.Source.DisplayName(path), text);
        _data[cacheKey] = value;
        return value;
    }
}
