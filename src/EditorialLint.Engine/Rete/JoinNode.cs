namespace EditorialLint.Engine.Rete;

/// <summary>Extends each partial match with every fact that matches it.</summary>
internal sealed class JoinNode(TupleSourceNode leftSource, AlphaMemoryNode rightSource, JoinKey? key, TupleCondition[] conditions)
    : BetaNode(NodeKind.Join, leftSource, rightSource, key, conditions)
{
    protected override void MatchAdded(Session session, Match match)
    {
        match.Child = new Tuple(match.Left.Tuple, match.Right.Fact, session.NextId());
        Output.LeftAssert(session, match.Child);
    }

    protected override void MatchUpdated(Session session, Match match) => Output.LeftUpdate(session, match.Child!);

    protected override void MatchRemoved(Session session, Match match) => Output.LeftRetract(session, match.Child!);
}
