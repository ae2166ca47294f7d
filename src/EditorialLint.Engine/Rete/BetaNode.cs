namespace EditorialLint.Engine.Rete;

/// <summary>
/// A two-input node: partial matches on the left, facts of an alpha memory on the right. Both sides are
/// hash-indexed on the node's equality key, so an arriving tuple or fact only meets entries with the same
/// key; the remaining conditions are then tested in written order. Subclasses decide what a match means.
/// </summary>
internal abstract class BetaNode : ReteNode, ITupleSink, IFactSink, IMemoryNode
{
    private readonly TupleCondition[] _conditions;

    // How large the sessions' index tables grew, so that a new session's tables start there.
    private readonly TableSizeHint _leftSize = new();
    private readonly TableSizeHint _rightSize = new();

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

    public object CreateMemory() =>
        Key is null ? new BetaMemory(keyed: false) : new BetaMemory(keyed: true, _leftSize, _rightSize);

    public void LeftAssert(Session session, Tuple tuple)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = new LeftEntry(tuple, KeyOf(session, tuple), this);
        if (tuple == Tuple.Root)
        {
            memory.RootEntry = entry;
        }
        else
        {
            tuple.AddEntry(entry);
        }

        memory.LeftIndex.Add(entry);
        for (var right = (RightEntry?)memory.RightIndex.FirstWith(entry.Key); right is not null; right = (RightEntry?)right.NextInBucket)
        {
            if (Matches(session, tuple, right.Fact))
            {
                MatchAdded(session, Match.Link(entry, right));
            }
        }

        LeftCompleted(session, entry, LeftChange.Asserted);
    }

    public void LeftUpdate(Session session, Tuple tuple)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = (tuple == Tuple.Root ? memory.RootEntry : tuple.EntryIn(this))
            ?? throw new InvalidOperationException("The partial match is not in the node.");
        var key = KeyOf(session, tuple);
        if (!key.Equals(entry.Key))
        {
            memory.LeftIndex.Remove(entry);
            entry.Key = key;
            memory.LeftIndex.Add(entry);
        }

        var stamp = ++memory.Stamp;
        for (var match = entry.FirstMatch; match is not null; match = match.NextOfLeft)
        {
            match.Keep = false;
            match.Right.Probe = match;
            match.Right.ProbeStamp = stamp;
        }

        var last = entry.LastMatch;
        for (var right = (RightEntry?)memory.RightIndex.FirstWith(key); right is not null; right = (RightEntry?)right.NextInBucket)
        {
            if (!Matches(session, tuple, right.Fact))
            {
                continue;
            }

            if (right.ProbeStamp == stamp)
            {
                right.Probe!.Keep = true;
                MatchUpdated(session, right.Probe);
            }
            else
            {
                var added = Match.Link(entry, right);
                added.Keep = true;
                MatchAdded(session, added);
            }
        }

        DropStale(session, entry, last);
        LeftCompleted(session, entry, LeftChange.Updated);
    }

    public void LeftRetract(Session session, Tuple tuple)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = tuple == Tuple.Root ? memory.RootEntry : tuple.EntryIn(this);
        if (entry is null)
        {
            return;
        }

        if (tuple == Tuple.Root)
        {
            memory.RootEntry = null;
        }
        else
        {
            tuple.RemoveEntry(entry);
        }

        memory.LeftIndex.Remove(entry);
        for (var match = entry.FirstMatch; match is not null;)
        {
            var next = match.NextOfLeft;
            match.Unlink();
            MatchRemoved(session, match);
            match = next;
        }

        LeftCompleted(session, entry, LeftChange.Retracted);
    }

    public virtual void RightAssert(Session session, Fact fact)
    {
        var memory = session.Memory<BetaMemory>(this);
        var entry = new RightEntry(fact, Key is null ? IndexKey.None : Key.ForFact(session, fact, this), this);
        fact.AddEntry(entry);
        memory.RightIndex.Add(entry);
        for (var left = (LeftEntry?)memory.LeftIndex.FirstWith(entry.Key); left is not null; left = (LeftEntry?)left.NextInBucket)
        {
            if (Matches(session, left.Tuple, fact))
            {
                MatchAdded(session, Match.Link(left, entry));
                LeftCompleted(session, left, LeftChange.MatchesChanged);
            }
        }
    }

    public virtual void RightUpdate(Session session, RightEntry entry)
    {
        var memory = session.Memory<BetaMemory>(this);
        var fact = entry.Fact;
        var key = Key is null ? IndexKey.None : Key.ForFact(session, fact, this);
        if (!key.Equals(entry.Key))
        {
            memory.RightIndex.Remove(entry);
            entry.Key = key;
            memory.RightIndex.Add(entry);
        }

        var stamp = ++memory.Stamp;
        for (var match = entry.FirstMatch; match is not null; match = match.NextOfRight)
        {
            match.Keep = false;
            match.Left.Probe = match;
            match.Left.ProbeStamp = stamp;
        }

        var last = entry.LastMatch;
        for (var left = (LeftEntry?)memory.LeftIndex.FirstWith(key); left is not null; left = (LeftEntry?)left.NextInBucket)
        {
            if (!Matches(session, left.Tuple, fact))
            {
                continue;
            }

            if (left.ProbeStamp == stamp)
            {
                left.Probe!.Keep = true;
                MatchUpdated(session, left.Probe);
            }
            else
            {
                var added = Match.Link(left, entry);
                added.Keep = true;
                MatchAdded(session, added);
            }

            LeftCompleted(session, left, LeftChange.MatchesChanged);
        }

        if (last is null)
        {
            return;
        }

        for (var match = entry.FirstMatch; match is not null;)
        {
            var next = match.NextOfRight;
            var wasLast = match == last;
            if (!match.Keep)
            {
                match.Unlink();
                MatchRemoved(session, match);
                LeftCompleted(session, match.Left, LeftChange.MatchesChanged);
            }

            if (wasLast)
            {
                break;
            }

            match = next;
        }
    }

    public virtual void RightRetract(Session session, RightEntry entry)
    {
        var memory = session.Memory<BetaMemory>(this);
        entry.Fact.RemoveEntry(entry);
        memory.RightIndex.Remove(entry);
        for (var match = entry.FirstMatch; match is not null;)
        {
            var next = match.NextOfRight;
            match.Unlink();
            MatchRemoved(session, match);
            LeftCompleted(session, match.Left, LeftChange.MatchesChanged);
            match = next;
        }
    }

    protected virtual void MatchAdded(Session session, Match match)
    {
    }

    protected virtual void MatchUpdated(Session session, Match match)
    {
    }

    protected virtual void MatchRemoved(Session session, Match match)
    {
    }

    protected virtual void LeftCompleted(Session session, LeftEntry left, LeftChange change)
    {
    }

    /// <summary>Unlinks the matches that existed before an update (up to <paramref name="last"/>) and no longer hold.</summary>
    private void DropStale(Session session, LeftEntry entry, Match? last)
    {
        if (last is null)
        {
            return;
        }

        for (var match = entry.FirstMatch; match is not null;)
        {
            var next = match.NextOfLeft;
            var wasLast = match == last;
            if (!match.Keep)
            {
                match.Unlink();
                MatchRemoved(session, match);
            }

            if (wasLast)
            {
                break;
            }

            match = next;
        }
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
