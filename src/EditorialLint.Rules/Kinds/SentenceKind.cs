using System.Linq.Expressions;
using EditorialLint.Core.Segmentation;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>
/// <c>sentence</c>: shape conditions on a sentence, all of which must hold
/// (<c>when: {starts-lowercase: true}</c>, <c>{max-words: 6, no-verb: true, starts-with: [in, on]}</c>).
/// Each condition is one node of the network, shared between rules that use it.
/// </summary>
public sealed class SentenceKind : IRuleKind
{
    private static readonly HashSet<string> Tests =
    [
        "starts-lowercase", "max-words", "min-words", "no-verb", "starts-with", "ends-with", "ends-without-terminal",
        "glued-final-clause", "first-in-paragraph", "last-in-paragraph", "last-in-article", "headline",
    ];

    /// <inheritdoc />
    public string Name => "sentence";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } = ["when", "report", "lexicon"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var when = rule.Body.Map("when") ?? throw rule.Body.ErrorHere($"rule {rule.Id}: a sentence rule needs 'when:' with its tests");
        when.AllowOnly(Tests, $"the 'when' of rule {rule.Id}");
        var span = rule.Body.String("report") ?? "sentence";
        if (span is not ("sentence" or "first-word" or "last-word" or "clause"))
            throw rule.Body.ErrorAt("report", $"rule {rule.Id}: 'report' must be sentence, first-word, last-word or clause");

        var conditions = new List<LambdaExpression>();
        void Add(Expression<Func<Sentence, bool>> condition) => conditions.Add(condition);

        var headline = when.Bool("headline", false);
        if (headline) Add(s => s.IsHeadline);
        else Add(s => !s.IsHeadline);
        if (when.Has("starts-lowercase"))
        {
            if (when.Bool("starts-lowercase", true)) Add(s => SentenceTests.StartsLowercase(s));
            else Add(s => !SentenceTests.StartsLowercase(s));
        }

        if (when.Has("max-words"))
        {
            var max = when.Int("max-words", int.MaxValue);
            Add(s => SentenceTests.WordCount(s) <= max);
        }

        if (when.Has("min-words"))
        {
            var min = when.Int("min-words", 0);
            Add(s => SentenceTests.WordCount(s) >= min);
        }

        Lexicon? lexicon = null;
        if (when.Bool("no-verb", false))
        {
            lexicon = context.Lexicon(rule);
            var lex = lexicon;
            Add(s => SentenceTests.HasNoVerb(s, lex));
        }

        if (when.Has("starts-with"))
        {
            var words = new WordList(when.Strings("starts-with").Select(w => w.Value), ignoreCase: true);
            Add(s => SentenceTests.StartsWithAny(s, words));
        }

        if (when.Has("ends-with"))
        {
            var words = new WordList(when.Strings("ends-with").Select(w => w.Value), ignoreCase: true);
            Add(s => SentenceTests.EndsWithAny(s, words));
        }

        if (when.Bool("ends-without-terminal", false)) Add(s => SentenceTests.EndsWithoutTerminal(s));
        if (when.Has("first-in-paragraph"))
        {
            var first = when.Bool("first-in-paragraph", true);
            Add(s => s.IsFirstInParagraph == first);
        }

        if (when.Has("last-in-paragraph"))
        {
            var last = when.Bool("last-in-paragraph", true);
            Add(s => s.IsLastInParagraph == last);
        }

        if (when.Has("last-in-article"))
        {
            var last = when.Bool("last-in-article", true);
            Add(s => s.IsLastInArticle == last);
        }

        WordList? conjunctions = null;
        if (when.Has("glued-final-clause"))
        {
            lexicon ??= context.Lexicon(rule);
            conjunctions = new WordList(when.Strings("glued-final-clause").Select(w => w.Value), ignoreCase: true);
            var (lex, conj) = (lexicon, conjunctions);
            Add(s => SentenceTests.HasGluedFinalClause(s, conj, lex));
        }

        if (conditions.Count == 1)
            throw rule.Body.ErrorAt("when", $"rule {rule.Id}: 'when' needs at least one test besides 'headline'");

        var id = rule.Id;
        var (reportLexicon, reportConjunctions) = (lexicon, conjunctions);
        Expression<Action<IContext, Sentence>> report = (ctx, s) =>
            ctx.Insert(Reporting.FromSentence(id, s, span, reportConjunctions, reportLexicon));
        context.EngineRules.Add(new EngineRuleWriter(rule).Pattern<Sentence>("s", conditions.ToArray()).Then(report));
    }
}
