namespace EditorialLint.Engine.Rete;

/// <summary>
/// Collects, for each partial match, the facts matching it, and binds the collection as one more value
/// (an empty collection when none match). The outer pattern's conditions then test that collection.
/// </summary>
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

        var result = Collection.Create(left);
        if (left.Result is null)
        {
            left.Result = new Fact(result);
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
            left.Child = new Tuple(left.Tuple, left.Result);
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
}
