using EditorialLint.Engine;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Compilation;

/// <summary>
/// A rule set ready to lint: the compiled network, the scanners that feed it and the rules'
/// descriptors. Immutable and shared; each article gets its own session.
/// </summary>
public sealed class CompiledRuleSet
{
    internal CompiledRuleSet(IReadOnlyList<RuleSpec> specs, IReadOnlyDictionary<string, RuleDescriptor> descriptors,
        ISessionFactory factory, IReadOnlyList<IScanner> scanners)
    {
        Specs = specs;
        Descriptors = descriptors;
        Factory = factory;
        Scanners = scanners;
    }

    /// <summary>The rules as written, in load order.</summary>
    public IReadOnlyList<RuleSpec> Specs { get; }

    /// <summary>The rules' descriptors by id.</summary>
    public IReadOnlyDictionary<string, RuleDescriptor> Descriptors { get; }

    /// <summary>The compiled rule network.</summary>
    public ISessionFactory Factory { get; }

    /// <summary>The scanners, run in order on each article.</summary>
    public IReadOnlyList<IScanner> Scanners { get; }
}
