using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>
/// <c>glued-words</c>: two words run together where markup was stripped ("onthe"), judged with the
/// English lexicon; <c>first-words</c> and <c>last-words</c> list the short words that get glued.
/// </summary>
public sealed class GluedWordsKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "glued-words";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } = ["lexicon", "first-words", "last-words"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var first = rule.Body.Strings("first-words").Select(w => w.Value).ToArray();
        var last = rule.Body.Strings("last-words").Select(w => w.Value).ToArray();
        if (first.Length == 0 && last.Length == 0)
            throw rule.Body.ErrorHere($"rule {rule.Id}: a glued-words rule needs 'first-words' or 'last-words'");
        context.Scanners.Add(new GluedWordsScanner(rule.Id, context.Lexicon(rule), first, last));
        context.EngineRules.Add(ExistenceKind.MatchRule(rule, "all"));
    }
}
