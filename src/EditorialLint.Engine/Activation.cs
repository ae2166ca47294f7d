using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>A rule matched by a set of facts: a candidate for firing.</summary>
public sealed class Activation
{
    internal Activation(IRuleDefinition rule, IReadOnlyList<IFactMatch> facts)
    {
        Rule = rule;
        Facts = facts;
    }

    /// <summary>The matched rule.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>The matched facts, one per top-level pattern, in written order.</summary>
    public IReadOnlyList<IFactMatch> Facts { get; }
}
