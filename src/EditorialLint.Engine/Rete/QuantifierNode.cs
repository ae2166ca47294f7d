namespace EditorialLint.Engine.Rete;

/// <summary>
/// Passes a partial match on, without binding a fact, while the count of facts matching it is zero
/// (not) or above zero (exists).
/// </summary>
internal abstract class QuantifierNode(NodeKind kind, TupleSourceNode leftSource, AlphaMemoryNode rightSource, JoinKey? key, TupleCondition[] conditions)
    : BetaNode(kind, leftSource, rightSource, key, conditions)
{
    protected abstract bool Passes(int matchCount);

    protected override void LeftCompleted(Session session, LeftEntry left, LeftChange change)
    {
        if (change == LeftChange.Retracted)
        {
            if (left.Child is not null)
            {
                Output.LeftRetract(session, left.Child);
                left.Child = null;
            }

            return;
        }

        var passes = Passes(left.MatchCount);
        if (passes && left.Child is null)
        {
            left.Child = new Tuple(left.Tuple, session.NextId());
            Output.LeftAssert(session, left.Child);
        }
        else if (!passes && left.Child is not null)
        {
            var child = left.Child;
            left.Child = null;
            Output.LeftRetract(session, child);
        }
        else if (passes && change == LeftChange.Updated)
        {
            Output.LeftUpdate(session, left.Child!);
        }
    }
}
