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
        // The index and the files it is made of are read and built while the other rules compile.
        context.SharedScanner("names:" + CompileContext.DataKey(rule, "registry", "officials.yaml"),
            () => new NameIndex(context.Registry(rule), context.Titles(rule), context.Lexicon(rule),
                context.WordListFile(rule, "name-parts", "lexicon/name-parts.txt", ignoreCase: false),
                context.WordListFile(rule, "proper-names", "lexicon/proper-names.txt", ignoreCase: true)));

        var writer = new EngineRuleWriter(rule);
        var id = rule.Id;
        var check = rule.Body.String("check") ?? throw rule.Body.ErrorHere($"rule {id}: an official-name rule needs 'check'");
        var generic = new WordList(rule.Body.Strings("generic-titles").Select(g => g.Value), ignoreCase: true);
        Expression<Func<Mention, Official, bool>> sameOfficial = (m, o) => o.Id == m.OfficialId;
        Expression<Action<IContext, Mention, Official>> reportMention = (ctx, m, o) => ctx.Insert(Reporting.FromMention(id, m, o));
        Expression<Func<Mention, bool>> nearMiss = m => m.Kind == MentionKind.NearMiss;
        // Backing for a near miss: the official named before it (by full name, when the near miss is a full name).
        Expression<Func<Mention, Mention, bool>> earlier = (m, p) =>
            p.OfficialId == m.OfficialId && p.Kind != MentionKind.NearMiss && p.Start < m.Start && (m.IsSurnameOnly || !p.IsSurnameOnly);
        // Or a specific title right before it that fits the official ("Secretary of State Brinken").
        Expression<Func<Mention, TitleCue, Official, bool>> fittingTitle = (m, t, o) =>
            t.NameStart == m.Start && !generic.Contains(t.Phrase) && o.FitsTitle(t.Phrase, t.Gender);
        switch (check)
        {
            case "misspelling":
                {
                    Expression<Func<Mention, bool>> misspelled = m => m.Kind == MentionKind.Misspelled;
                    context.EngineRules.Add(writer.Pattern<Mention>("m", misspelled).Pattern<Official>("o", sameOfficial).Then(reportMention));
                    context.EngineRules.Add(new EngineRuleWriter(rule, "title").Pattern<Mention>("m", nearMiss).Pattern<Official>("o", sameOfficial)
                        .Exists<TitleCue>("t", fittingTitle).Then(reportMention));
                    break;
                }

            case "context":
                {
                    context.EngineRules.Add(writer.Pattern<Mention>("m", nearMiss).Exists<Mention>("p", earlier)
                        .Pattern<Official>("o", sameOfficial).Not<TitleCue>("t", fittingTitle).Then(reportMention));
                    break;
                }

            case "near-miss":
                {
                    Expression<Func<Mention, bool>> confident = m => m.Kind == MentionKind.NearMiss && m.Confident;
                    context.EngineRules.Add(writer.Pattern<Mention>("m", confident).Not<Mention>("p", earlier)
                        .Pattern<Official>("o", sameOfficial).Not<TitleCue>("t", fittingTitle).Then(reportMention));
                    break;
                }

            case "title":
                {
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
                    // First derive the spellings in use (mentions whose surname is right), then compare them.
                    // A length, not `!= ""`: a native build's tree would compare the strings by reference.
                    Expression<Func<Mention, bool>> hasVariant = m => m.Variant.Length != 0;
                    Expression<Action<IContext, Mention>> derive = (ctx, m) => ctx.Insert(new SpellingUse(id, m));
                    context.EngineRules.Add(new EngineRuleWriter(rule, "use").Pattern<Mention>("m", hasVariant).Then(derive));

                    // One activation per official for all of its uses: the spellings are tallied once, when it
                    // fires, so a long article costs time in proportion to its uses, not to their square.
                    Expression<Func<SpellingUse, bool>> ofRule = x => x.RuleId == id;
                    Expression<Func<Official, SpellingUse, bool>> whose = (o, x) => x.OfficialId == o.Id;
                    // The newsroom's configured spellings (the house style fact) come before the pack's own.
                    // Only spellings of the same word compete (Zelensky and Zelenskyy, not Tedros and
                    // Ghebreyesus): the report groups the uses by their folded key.
                    Expression<Action<IContext, Official, HouseStyle, IEnumerable<SpellingUse>>> report = (ctx, o, h, all) =>
                        ctx.InsertAll(Reporting.FromSpellings(id, o, all, h.Then(prefer)));
                    context.EngineRules.Add(writer.Pattern<Official>("o").Pattern<HouseStyle>("h")
                        .Collect<SpellingUse>("all", "x", [ofRule, whose]).Then(report));
                    break;
                }

            default:
                throw rule.Body.ErrorAt("check", $"rule {id}: unknown check '{check}'; use misspelling, context, near-miss, title or consistency");
        }
    }
}
