namespace EditorialLint.Engine.Rete;

/// <summary>
/// A two-input node: partial matches on the left, facts of an alpha memory on the right. Both sides are
/// hash-indexed on the node's equality key, so an arriving tuple or fact only meets entries with the same
/// key; the remaining conditions are then tested in written order. Subclasses decide what a match means.
/// </summary>
internal abstract class BetaNode : ReteNode, ITupleSink, IFactSink, IMemoryNode
{
    private readonly TupleCondition[] _conditions;

    protected BetaNode(NodeKind kind, TupleSourceNode leftSource, AlphaMemoryNode rightSource, JoinKey? key, TupleCondition[] conditions)
        : base(kind)
    {
        LeftSource = leftSource;
        RightSource = rightSource;
        Key = key;
        _conditions = conditions;
        Output = new BetaMemoryNode();
    }

    protected enum LeftChange
    {
        Asserted,
        Updated,
        MatchesChanged,
        Retracted,
    }

    public TupleSourceNode LeftSource { get; }

    public AlphaMemoryNode RightSource { get; }

    public JoinKey? Key { get; }

    public IReadOnlyList<TupleCondition> Conditions => _conditions;

    public BetaMemoryNode Output { get; }

    public int MemoryIndex { get; set; }

    public object CreateMemory()
    {
        var memory = new BetaMemory();
        if (LeftSource is DummyNode && this is JoinNode)
        {
            // Nothing left-activates a join under the dummy node; it holds the root tuple from the start.
            var entry = new LeftEntry(Tuple.Root, IndexKey.None);
            memory.Left.Add(Tuple.Root, entry);
            BetaMemory.Add(memory.LeftIndex, entry.Key, entry);
        }

        return memory;
    }

    public void LeftAssert(Session session, Tuple tuple)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = new LeftEntry(tuple, KeyOf(session, tuple));
        memory.Left.Add(tuple, entry);
        BetaMemory.Add(memory.LeftIndex, entry.Key, entry);
        if (memory.RightIndex.TryGetValue(entry.Key, out var bucket))
        {
            foreach (var right in bucket)
            {
                if (Matches(session, tuple, right.Fact))
                {
                    Link(entry, right);
                    MatchAdded(session, entry, right);
                }
            }
        }

        LeftCompleted(session, entry, LeftChange.Asserted);
    }

    public void LeftUpdate(Session session, Tuple tuple)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = memory.Left[tuple];
        var key = KeyOf(session, tuple);
        if (!key.Equals(entry.Key))
        {
            BetaMemory.Remove(memory.LeftIndex, entry.Key, entry);
            entry.Key = key;
            BetaMemory.Add(memory.LeftIndex, key, entry);
        }

        var stamp = ++memory.Stamp;
        if (memory.RightIndex.TryGetValue(key, out var bucket))
        {
            foreach (var right in bucket)
            {
                if (!Matches(session, tuple, right.Fact))
                {
                    continue;
                }

                right.Stamp = stamp;
                if (entry.Matches is not null && entry.Matches.ContainsKey(right))
                {
                    MatchUpdated(session, entry, right);
                }
                else
                {
                    Link(entry, right);
                    MatchAdded(session, entry, right);
                }
            }
        }

        if (entry.Matches is not null)
        {
            List<RightEntry>? stale = null;
            foreach (var right in entry.Matches.Keys)
            {
                if (right.Stamp != stamp)
                {
                    (stale ??= []).Add(right);
                }
            }

            if (stale is not null)
            {
                foreach (var right in stale)
                {
                    MatchRemoved(session, entry, right, Unlink(entry, right));
                }
            }
        }

        LeftCompleted(session, entry, LeftChange.Updated);
    }

    public void LeftRetract(Session session, Tuple tuple)
    {
        var memory = session.Memory<BetaMemory>(this);
        if (!memory.Left.Remove(tuple, out var entry))
        {
            return;
        }

        BetaMemory.Remove(memory.LeftIndex, entry.Key, entry);
        if (entry.Matches is not null)
        {
            foreach (var (right, child) in entry.Matches)
            {
                right.Matches!.Remove(entry);
                MatchRemoved(session, entry, right, child);
            }

            entry.Matches = null;
        }

        LeftCompleted(session, entry, LeftChange.Retracted);
    }

    public void RightAssert(Session session, Fact fact)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = new RightEntry(fact, Key is null ? IndexKey.None : Key.ForFact(session, fact, this));
        memory.Right.Add(fact, entry);
        BetaMemory.Add(memory.RightIndex, entry.Key, entry);
        if (memory.LeftIndex.TryGetValue(entry.Key, out var bucket))
        {
            foreach (var left in bucket)
            {
                if (Matches(session, left.Tuple, fact))
                {
                    Link(left, entry);
                    MatchAdded(session, left, entry);
                    LeftCompleted(session, left, LeftChange.MatchesChanged);
                }
            }
        }
    }

    public void RightUpdate(Session session, Fact fact)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = memory.Right[fact];
        var key = Key is null ? IndexKey.None : Key.ForFact(session, fact, this);
        if (!key.Equals(entry.Key))
        {
            BetaMemory.Remove(memory.RightIndex, entry.Key, entry);
            entry.Key = key;
            BetaMemory.Add(memory.RightIndex, key, entry);
        }

        var stamp = ++memory.Stamp;
        if (memory.LeftIndex.TryGetValue(key, out var bucket))
        {
            foreach (var left in bucket)
            {
                if (!Matches(session, left.Tuple, fact))
                {
                    continue;
                }

                left.Stamp = stamp;
                if (entry.Matches is not null && entry.Matches.Contains(left))
                {
                    MatchUpdated(session, left, entry);
                }
                else
                {
                    Link(left, entry);
                    MatchAdded(session, left, entry);
                }

                LeftCompleted(session, left, LeftChange.MatchesChanged);
            }
        }

        if (entry.Matches is not null)
        {
            List<LeftEntry>? stale = null;
            foreach (var left in entry.Matches)
            {
                if (left.Stamp != stamp)
                {
                    (stale ??= []).Add(left);
                }
            }

            if (stale is not null)
            {
                foreach (var left in stale)
                {
                    MatchRemoved(session, left, entry, Unlink(left, entry));
                    LeftCompleted(session, left, LeftChange.MatchesChanged);
                }
            }
        }
    }

    public void RightRetract(Session session, Fact fact)
    {
        var memory = session.Memory<BetaMemory>(this);
        if (!memory.Right.Remove(fact, out var entry))
        {
            return;
        }

        BetaMemory.Remove(memory.RightIndex, entry.Key, entry);
        if (entry.Matches is not null)
        {
            foreach (var left in entry.Matches)
            {
                left.Matches!.Remove(entry, out var child);
                MatchRemoved(session, left, entry, child);
                LeftCompleted(session, left, LeftChange.MatchesChanged);
            }

            entry.Matches = null;
        }
    }

    protected virtual void MatchAdded(Session session, LeftEntry left, RightEntry right)
    {
    }

    protected virtual void MatchUpdated(Session session, LeftEntry left, RightEntry right)
    {
    }

    protected virtual void MatchRemoved(Session session, LeftEntry left, RightEntry right, Tuple? child)
    {
    }

    protected virtual void LeftCompleted(Session session, LeftEntry left, LeftChange change)
    {
    }

    private static void Link(LeftEntry left, RightEntry right)
    {
        (left.Matches ??= []).Add(right, null);
        (right.Matches ??= []).Add(left);
    }

    private static Tuple? Unlink(LeftEntry left, RightEntry right)
    {
        left.Matches!.Remove(right, out var child);
        right.Matches!.Remove(left);
        return child;
    }

    private object KeyOf(Session session, Tuple tuple) => Key is null ? IndexKey.None : Key.ForTuple(session, tuple, this);

    private bool Matches(Session session, Tuple tuple, Fact fact)
    {
        foreach (var condition in _conditions)
        {
            if (!condition.IsSatisfiedBy(session, tuple, fact.Object, this))
            {
                return false;
            }
        }

        return true;
    }
}
