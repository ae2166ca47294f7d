using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>
/// <c>capitalization</c>: common words capitalised in mid-sentence, judged with an English
/// lexicon and a list of words that legitimately form parts of names (both data in <c>rules/lexicon</c>).
/// </summary>
public sealed class CapitalizationKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "capitalization";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } = ["lexicon", "name-parts", "abstract-suffixes", "prepositions", "exceptions"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var lexicon = context.Lexicon(rule);
        var nameParts = context.WordListFile(rule, "name-parts", "lexicon/name-parts.txt", ignoreCase: false);
        var suffixes = rule.Body.Strings("abstract-suffixes").Select(s => s.Value).ToArray();
        var prepositions = new WordList(rule.Body.Strings("prepositions").Select(p => p.Value), ignoreCase: true);
        var exceptions = rule.Body.Strings("exceptions").Select(e => e.Value).ToArray();
        context.Scanners.Add(new CapitalizationScanner(rule.Id, lexicon, nameParts, suffixes, prepositions, exceptions));
        context.EngineRules.Add(ExistenceKind.MatchRule(rule, "body"));
    }
}
