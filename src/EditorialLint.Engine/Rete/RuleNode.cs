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

    /// <summary>
    /// Holds the activation of the root tuple (a rule without patterns), which every session shares;
    /// the activations of other tuples hang off the tuple itself, so no session keeps a table of them.
    /// </summary>
    public object CreateMemory() => new RootActivation();

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
        if (tuple == Tuple.Root)
        {
            session.Memory<RootActivation>(this).Activation = activation;
        }
        else
        {
            activation.NextOfTuple = tuple.FirstActivation;
            tuple.FirstActivation = activation;
        }

        session.OnActivationCreated(activation);
    }

    public void LeftUpdate(Session session, Tuple tuple)
    {
        if (Find(session, tuple) is { } activation)
        {
            session.OnActivationUpdated(activation);
        }
    }

    public void LeftRetract(Session session, Tuple tuple)
    {
        Activation? activation;
        if (tuple == Tuple.Root)
        {
            var memory = session.Memory<RootActivation>(this);
            activation = memory.Activation;
            memory.Activation = null;
        }
        else
        {
            ref var slot = ref SlotOf(tuple);
            activation = slot;
            if (activation is not null)
            {
                slot = activation.NextOfTuple;
                activation.NextOfTuple = null;
            }
        }

        if (activation is not null)
        {
            session.OnActivationDeleted(activation);
        }
    }

    /// <summary>This node's activation of <paramref name="tuple"/>, if it has one.</summary>
    private Activation? Find(Session session, Tuple tuple) =>
        tuple == Tuple.Root ? session.Memory<RootActivation>(this).Activation : SlotOf(tuple);

    /// <summary>
    /// The link in <paramref name="tuple"/>'s list of activations that holds this node's activation, or
    /// the empty link at the list's end when it has none: read it to find the activation, set it to unlink it.
    /// </summary>
    private ref Activation? SlotOf(Tuple tuple)
    {
        ref var slot = ref tuple.FirstActivation;
        while (slot is not null && slot.Node != this)
        {
            slot = ref slot.NextOfTuple;
        }

        return ref slot;
    }

    /// <summary>A session's activation of the root tuple at one rule node.</summary>
    private sealed class RootActivation
    {
        public Activation? Activation;
    }

    private sealed record FactMatch(Declaration Declaration, object? Value) : IFactMatch;
}
