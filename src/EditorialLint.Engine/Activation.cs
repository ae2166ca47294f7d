using EditorialLint.Engine.Rete;
using EditorialLint.Engine.RuleModel;
using Tuple = EditorialLint.Engine.Rete.Tuple;

namespace EditorialLint.Engine;

/// <summary>A rule matched by a set of facts: a candidate for firing.</summary>
public sealed class Activation
{
    internal Activation(RuleNode node, Tuple tuple)
    {
        Node = node;
        Tuple = tuple;
    }

    /// <summary>The matched rule.</summary>
    public IRuleDefinition Rule => Node.Rule;

    /// <summary>The matched facts, one per pattern outside not/exists, in written order.</summary>
    public IReadOnlyList<IFactMatch> Facts => Node.Bind(Tuple);

    internal RuleNode Node { get; }

    internal Tuple Tuple { get; }

    /// <summary>The agenda queue holding the activation, while it waits to fire.</summary>
    internal Agenda.Queue? Queue { get; set; }

    internal bool IsQueued => Queue is not null;

    internal Activation? PreviousInQueue { get; set; }

    internal Activation? NextInQueue { get; set; }

    internal bool HasFired { get; set; }

    /// <summary>The next activation of the same partial match (at another rule node).</summary>
    internal Activation? NextOfTuple;

    internal Dictionary<object, object>? LinkedFacts { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Rule.Name}({string.Join(", ", Facts.Select(f => f.Declaration.Name))})";
}
