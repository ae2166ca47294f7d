using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine.Rete;

/// <summary>The terminal of one match path of a rule: turns complete matches into activations.</summary>
internal sealed class RuleNode(IRuleDefinition rule, Declaration[] declarations, int[] positions, CompiledAction[] actions, AggregateNode[] aggregates)
    : ReteNode(NodeKind.Rule), ITupleSink, IMemoryNode
{
    public IRuleDefinition Rule { get; } = rule;

    /// <summary>The rule's priority, read once; the agenda asks for it on every activation.</summary>
    public int Priority { get; } = rule.Priority;

    public CompiledAction[] Actions { get; } = actions;

    /// <summary>The aggregate nodes on this match path: a stale result in one of them may change this rule's activations.</summary>
    public AggregateNode[] Aggregates { get; } = aggregates;

    public int MemoryIndex { get; set; }

    public object CreateMemory() => new Dictionary<Tuple, Activation>();

    public IReadOnlyList<IFactMatch> Bind(Tuple tuple)
    {
        var matches = new IFactMatch[declarations.Length];
        for (var i = 0; i < declarations.Length; i++)
        {
            matches[i] = new FactMatch(declarations[i], tuple.Facts[positions[i]].Object);
        }

        return matches;
    }

    public void LeftAssert(Session session, Tuple tuple)
    {
        var activation = new Activation(this, tuple);
        session.Memory<Dictionary<Tuple, Activation>>(this).Add(tuple, activation);
        session.OnActivationCreated(activation);
    }

    public void LeftUpdate(Session session, Tuple tuple)
    {
        if (session.Memory<Dictionary<Tuple, Activation>>(this).TryGetValue(tuple, out var activation))
        {
            session.OnActivationUpdated(activation);
        }
    }

    public void LeftRetract(Session session, Tuple tuple)
    {
        if (session.Memory<Dictionary<Tuple, Activation>>(this).Remove(tuple, out var activation))
        {
            session.OnActivationDeleted(activation);
        }
    }

    private sealed record FactMatch(Declaration Declaration, object? Value) : IFactMatch;
}
