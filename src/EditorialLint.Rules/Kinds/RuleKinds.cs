using System.Diagnostics.CodeAnalysis;

namespace EditorialLint.Rules.Kinds;

/// <summary>The closed list of rule kinds.</summary>
public static class RuleKinds
{
    private static readonly Dictionary<string, IRuleKind> Kinds = new IRuleKind[]
    {
        new ExistenceKind(),
        new SubstitutionKind(),
        new ConsistencyKind(),
        new SentenceKind(),
        new CapitalizationKind(),
        new GluedWordsKind(),
        new OfficialNameKind(),
        new GeneralRuleKind(),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kinds' names.</summary>
    public static IEnumerable<string> Names => Kinds.Keys;

    /// <summary>Finds a kind by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IRuleKind? kind) => Kinds.TryGetValue(name, out kind);
}
