namespace EditorialLint.Engine.Rete;

/// <summary>Extends each partial match with every fact that matches it.</summary>
internal sealed class JoinNode(TupleSourceNode leftSource, AlphaMemoryNode rightSource, JoinKey? key, TupleCondition[] conditions)
    : BetaNode(NodeKind.Join, leftSource, rightSource, key, conditions)
{
    protected override void MatchAdded(Session session, LeftEntry left, RightEntry right)
    {
        var child = new Tuple(left.Tuple, right.Fact);
        left.Matches![right] = child;
        Output.LeftAssert(session, child);
    }

    protected override void MatchUpdated(Session session, LeftEntry left, RightEntry right) =>
        Output.LeftUpdate(session, left.Matches![right]!);

    protected override void MatchRemoved(Session session, LeftEntry left, RightEntry right, Tuple? child) =>
        Output.LeftRetract(session, child!);
}
