using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Officials;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>
/// <c>official-name</c>: the officials registry at work. The name index turns text into
/// <see cref="Mention"/> and <see cref="TitleCue"/> facts; each <c>check</c> is a rule joining
/// them with the registry's <see cref="Official"/> facts:
/// <c>misspelling</c> (a listed or tied misspelling), <c>context</c> (a near-miss surname after the
/// official appeared), <c>near-miss</c> (an unconfirmed near miss, a warning naming the candidate),
/// <c>title</c> (a title that contradicts the registry) and <c>consistency</c> (one spelling per article).
/// </summary>
public sealed class OfficialNameKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "official-name";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys { get; } =
        ["check", "registry", "titles", "lexicon", "name-parts", "proper-names", "prefer", "generic-titles"];

    /// <inheritdoc />
    public void Compile(RuleSpec rule, CompileContext context)
    {
        var registry = context.Registry(rule);
        var titles = context.Titles(rule);
        var lexicon = context.Lexicon(rule);
        var nameParts = context.WordListFile(rule, "name-parts", "lexicon/name-parts.txt", ignoreCase: false);
        var properNames = context.WordListFile(rule, "proper-names", "lexicon/proper-names.txt", ignoreCase: true);
        context.SharedScanner("names:" + CompileContext.DataKey(rule, "registry", "officials.yaml"),
            () => new NameIndex(registry, titles, lexicon, nameParts, properNames));

        var id = rule.Id;
        var check = rule.Body.String("check") ?? throw rule.Body.ErrorHere($"rule {id}: an official-name rule needs 'check'");
        Expression<Func<Mention, Official, bool>> sameOfficial = (m, o) => o.Id == m.OfficialId;
        Expression<Action<IContext, Mention, Official>> reportMention = (ctx, m, o) => ctx.Insert(Reporting.FromMention(id, m, o));
        var writer = new EngineRuleWriter(rule);
        switch (check)
        {
            case "misspelling":
            {
                Expression<Func<Mention, bool>> misspelled = m => m.Kind == MentionKind.Misspelled;
                context.EngineRules.Add(writer.Pattern<Mention>("m", misspelled).Pattern<Official>("o", sameOfficial).Then(reportMention));
                break;
            }

            case "context":
            {
                Expression<Func<Mention, bool>> nearMiss = m => m.Kind == MentionKind.NearMiss;
                Expression<Func<Mention, Mention, bool>> earlier = (m, p) =>
                    p.OfficialId == m.OfficialId && p.Kind != MentionKind.NearMiss && p.Start < m.Start;
                context.EngineRules.Add(writer.Pattern<Mention>("m", nearMiss).Exists<Mention>("p", earlier)
                    .Pattern<Official>("o", sameOfficial).Then(reportMention));
                break;
            }

            case "near-miss":
            {
                Expression<Func<Mention, bool>> confident = m => m.Kind == MentionKind.NearMiss && m.ConfirmedByContext;
                Expression<Func<Mention, Mention, bool>> earlier = (m, p) =>
                    p.OfficialId == m.OfficialId && p.Kind != MentionKind.NearMiss && p.Start < m.Start;
                context.EngineRules.Add(writer.Pattern<Mention>("m", confident).Not<Mention>("p", earlier)
                    .Pattern<Official>("o", sameOfficial).Then(reportMention));
                break;
            }

            case "title":
            {
                var generic = new WordList(rule.Body.Strings("generic-titles").Select(g => g.Value), ignoreCase: true);
                // Only a full name ties a title to one person: "Foreign Minister Abbas" may be someone else.
                Expression<Func<Mention, bool>> named = m => m.Kind != MentionKind.NearMiss && !m.IsSurnameOnly;
                Expression<Func<Mention, TitleCue, bool>> before = (m, t) => t.NameStart == m.Start;
                Expression<Func<TitleCue, bool>> specific = t => !generic.Contains(t.Phrase);
                Expression<Func<Mention, TitleCue, Official, bool>> misfit = (m, t, o) => o.Id == m.OfficialId && !o.FitsTitle(t.Phrase, t.Gender);
                Expression<Action<IContext, Mention, TitleCue, Official>> report = (ctx, m, t, o) => ctx.Insert(Reporting.FromTitle(id, t, m, o));
                context.EngineRules.Add(writer.Pattern<Mention>("m", named).Pattern<TitleCue>("t", before, specific)
                    .Pattern<Official>("o", misfit).Then(report));
                break;
            }

            case "consistency":
            {
                IReadOnlyList<string> prefer = rule.Body.Strings("prefer").Select(p => p.Value).ToArray();
                Expression<Func<Mention, bool>> hasVariant = m => m.Variant != "";
                // Only spellings of the same word compete: Zelensky and Zelenskyy, not Tedros and Ghebreyesus.
                Expression<Func<Mention, Mention, bool>> sameName = (m, x) => x.OfficialId == m.OfficialId && x.VariantKey == m.VariantKey;
                Expression<Func<Mention, IEnumerable<Mention>, bool>> off = (m, all) =>
                    Consistency.IsOff(m.Variant, all.Select(x => new ValueTuple<string, int>(x.Variant, x.Start)), prefer);
                Expression<Action<IContext, Mention, Official, IEnumerable<Mention>>> report = (ctx, m, o, all) =>
                    ctx.Insert(Reporting.FromMentionVariant(id, m, o, all, prefer));
                context.EngineRules.Add(writer.Pattern<Mention>("m", hasVariant).Pattern<Official>("o", sameOfficial)
                    .Collect<Mention>("all", "x", [sameName], off).Then(report));
                break;
            }

            default:
                throw rule.Body.ErrorAt("check", $"rule {id}: unknown check '{check}'; use misspelling, context, near-miss, title or consistency");
        }
    }
}
