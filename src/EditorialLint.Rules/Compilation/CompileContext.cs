using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Officials;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Compilation;

/// <summary>What rule kinds compile into: matcher entries, extra scanners, engine rules; and the data they read.</summary>
/// <remarks>
/// A shared scanner is built on a thread of its own, its data files read there too, while the other
/// rules compile: the officials' name index and the lexicon behind it were a fifth of start-up on
/// the one thread. <see cref="CompleteScanners"/> waits for them. Data files are read once, by
/// whichever thread asks first; another that asks meanwhile waits for that reading.
/// </remarks>
public sealed class CompileContext
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _data = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sharedScanners = new(StringComparer.Ordinal);

    // The scanners being built, in the order their rules asked, with the place each keeps in Scanners.
    private readonly List<(int Place, Task<IScanner> Build)> _building = [];

    /// <summary>Literal terms for the one multi-pattern search.</summary>
    public List<TermEntry> Terms { get; } = [];

    /// <summary>Regular expressions.</summary>
    public List<PatternEntry> Patterns { get; } = [];

    /// <summary>Other scanners (name index, capitalisation).</summary>
    public List<IScanner> Scanners { get; } = [];

    /// <summary>The engine rules written so far.</summary>
    public List<IRuleDefinition> EngineRules { get; } = [];

    /// <summary>
    /// Adds a scanner once per key, however many rules ask for it, built by <paramref name="create"/>
    /// on a thread of its own: its place in <see cref="Scanners"/> is held until <see cref="CompleteScanners"/>.
    /// </summary>
    public void SharedScanner(string key, Func<IScanner> create)
    {
        if (!_sharedScanners.Add(key)) return;
        _building.Add((Scanners.Count, Task.Run(create)));
        Scanners.Add(BeingBuilt.Instance);
    }

    /// <summary>
    /// Waits for the shared scanners and puts each in its place. The first that failed, in the order
    /// their rules asked for them, throws its exception as it was thrown.
    /// </summary>
    public void CompleteScanners()
    {
        ThrowFirstFailure();
        foreach (var (place, build) in _building) Scanners[place] = build.Result;
        _building.Clear();
    }

    /// <summary>
    /// Waits for the shared scanners being built, and throws the first failure among them: a rule
    /// that fails to compile calls this first, so that an earlier rule's failure comes first, as it
    /// would with every rule compiled in turn on one thread.
    /// </summary>
    public void ThrowFirstFailure()
    {
        foreach (var (_, build) in _building)
        {
            try
            {
                build.Wait();
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
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
        // The first rule to ask reads the file (and is the one a failure names); a failure stays the answer.
        var data = _data.GetOrAdd(cacheKey, _ => new Lazy<object>(() =>
            parse(rule.Pack.Source.DisplayName(path), rule.Pack.ReadData(path, rule.Body, key))));
        return (T)data.Value;
    }

    /// <summary>Holds a shared scanner's place while it is built.</summary>
    private sealed class BeingBuilt : IScanner
    {
        public static readonly BeingBuilt Instance = new();

        public void Scan(ScanContext context) =>
            throw new InvalidOperationException("a scanner is still being built: the rule set was used before CompleteScanners");
    }
}
