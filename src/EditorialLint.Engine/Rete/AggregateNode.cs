using EditorialLint.Engine.Expressions;

namespace EditorialLint.Engine.Rete;

/// <summary>
/// Collects, for each partial match, the facts matching it, and binds the collection as one more value
/// (an empty collection when none match). The outer pattern's conditions then test that collection.
/// </summary>
/// <remarks>
/// A change to a partial match or to its facts only marks the match pending; the session brings every
/// pending match up to date once, when the change that caused it (an insert, a batch of inserts, an
/// update or a retraction) has propagated. A collection of n facts built one batch at a time therefore
/// costs one collection and one test of the conditions per batch, not one per fact.
/// </remarks>
internal sealed class AggregateNode(
    TupleSourceNode leftSource,
    AlphaMemoryNode rightSource,
    JoinKey? key,
    TupleCondition[] conditions,
    CollectionFactory collection,
    TupleCondition[] resultConditions)
    : BetaNode(NodeKind.Aggregate, leftSource, rightSource, key, conditions)
{
    public CollectionFactory Collection { get; } = collection;

    public IReadOnlyList<TupleCondition> ResultConditions { get; } = resultConditions;

    /// <summary>The highest priority of the rules behind this node: no activation it makes can rank above it.</summary>
    public int MaxPriority { get; private set; }

    /// <summary>
    /// Whether a rule behind this node may insert linked facts, so that refreshing the node can retract
    /// facts other rules match.
    /// </summary>
    public bool MayRetractLinked { get; private set; }

    /// <summary>Fixes <see cref="MaxPriority"/> and <see cref="MayRetractLinked"/> once every rule is in the network.</summary>
    public void Seal()
    {
        MaxPriority = Rules.Max(rule => rule.Priority);
        MayRetractLinked = Rules.Any(rule => rule.RightHandSide.Actions.Any(action => LinkedFactAnalyzer.MayInsertLinked(action.Expression)));
    }

    /// <summary>Builds a pending partial match's collection, tests it and passes the outcome on.</summary>
    public void Refresh(Session session, LeftEntry left)
    {
        left.IsPending = false;
        if (left.IsRetracted)
        {
            return;
        }

        var result = Collection.Create(left);
        if (left.Result is null)
        {
            left.Result = new Fact(result, session.NextId());
        }
        else
        {
            left.Result.Object = result;
        }

        var passes = true;
        foreach (var condition in ResultConditions)
        {
            if (!condition.IsSatisfiedBy(session, left.Tuple, result, this))
            {
                passes = false;
                break;
            }
        }

        if (passes && left.Child is null)
        {
            left.Child = new Tuple(left.Tuple, left.Result, session.NextId());
            Output.LeftAssert(session, left.Child);
        }
        else if (!passes && left.Child is not null)
        {
            var child = left.Child;
            left.Child = null;
            Output.LeftRetract(session, child);
        }
        else if (passes)
        {
            Output.LeftUpdate(session, left.Child!);
        }
    }

    protected override void LeftCompleted(Session session, LeftEntry left, LeftChange change)
    {
        if (change == LeftChange.Retracted)
        {
            left.IsRetracted = true;
            if (left.Child is not null)
            {
                Output.LeftRetract(session, left.Child);
                left.Child = null;
            }

            return;
        }

        if (!left.IsPending)
        {
            left.IsPending = true;
            session.OnAggregatePending(this, left);
        }
    }
}
