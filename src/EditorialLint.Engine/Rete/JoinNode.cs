namespace EditorialLint.Engine.Rete;

/// <summary>Extends each partial match with every fact that matches it.</summary>
/// <remarks>
/// A join under the dummy node only ever has the root tuple on its left, which nothing asserts,
/// updates or retracts, and it has no conditions: a rule's first pattern can only test its own fact,
/// which the alpha network does. Every fact that arrives extends the root tuple, so such a join makes
/// the child at once and keeps it on the fact's entry: it needs no index, no match object and no
/// memory in the session. Every rule starts with one.
/// </remarks>
internal sealed class JoinNode(TupleSourceNode leftSource, AlphaMemoryNode rightSource, JoinKey? key, TupleCondition[] conditions)
    : BetaNode(NodeKind.Join, leftSource, rightSource, key, conditions)
{
    private readonly bool _underRoot = leftSource is DummyNode && key is null && conditions.Length == 0;

    public override void RightAssert(Session session, Fact fact)
    {
        if (!_underRoot)
        {
            base.RightAssert(session, fact);
            return;
        }

        var entry = new RightEntry(fact, IndexKey.None, this);
        fact.AddEntry(entry);
        entry.Child = new Tuple(Tuple.Root, fact, session.NextId());
        Output.LeftAssert(session, entry.Child);
    }

    public override void RightUpdate(Session session, RightEntry entry)
    {
        if (!_underRoot)
        {
            base.RightUpdate(session, entry);
            return;
        }

        Output.LeftUpdate(session, entry.Child!);
    }

    public override void RightRetract(Session session, RightEntry entry)
    {
        if (!_underRoot)
        {
            base.RightRetract(session, entry);
            return;
        }

        entry.Fact.RemoveEntry(entry);
        Output.LeftRetract(session, entry.Child!);
    }

    protected override void MatchAdded(Session session, Match match)
    {
        match.Child = new Tuple(match.Left.Tuple, match.Right.Fact, session.NextId());
        Output.LeftAssert(session, match.Child);
    }

    protected override void MatchUpdated(Session session, Match match) => Output.LeftUpdate(session, match.Child!);

    protected override void MatchRemoved(Session session, Match match) => Output.LeftRetract(session, match.Child!);
}
