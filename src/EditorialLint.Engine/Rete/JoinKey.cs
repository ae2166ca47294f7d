using System.Linq.Expressions;

namespace EditorialLint.Engine.Rete;

/// <summary>
/// The equality key of a beta node: computed once per partial match on the left and once per fact on
/// the right, so matching is a hash lookup instead of a test of every pair.
/// </summary>
internal sealed class JoinKey(JoinKey.Part[] parts)
{
    public int Length => parts.Length;

    public object ForTuple(Session session, Tuple tuple, ReteNode owner)
    {
        if (parts.Length == 1)
        {
            return Evaluate(session, parts[0], tuple, null, owner);
        }

        var values = new object[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            values[i] = Evaluate(session, parts[i], tuple, null, owner);
            if (ReferenceEquals(values[i], IndexKey.Unmatchable) || (parts[i].ConstantFactSide && !values[i].Equals(Constant(parts[i], tuple: false))))
            {
                // A partial match that fails a test against a constant matches no fact: the parts after
                // it, which that test may guard, are not computed.
                return IndexKey.Unmatchable;
            }
        }

        return new CompoundKey(values);
    }

    public object ForFact(Session session, Fact fact, ReteNode owner)
    {
        if (parts.Length == 1)
        {
            return Evaluate(session, parts[0], null, fact, owner);
        }

        var values = new object[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            values[i] = Evaluate(session, parts[i], null, fact, owner);
            if (ReferenceEquals(values[i], IndexKey.Unmatchable) || (parts[i].ConstantTupleSide && !values[i].Equals(Constant(parts[i], tuple: true))))
            {
                // A fact that fails a test against a constant matches no partial match.
                return IndexKey.Unmatchable;
            }
        }

        return new CompoundKey(values);
    }

    /// <summary>The value of a part's constant side (computed each time: it may read a captured variable).</summary>
    private static object Constant(Part part, bool tuple) =>
        IndexKey.Normalize(tuple ? part.TupleSide(Tuple.Root, part.TupleConstants) : part.FactSide(null, part.FactConstants));

    private static object Evaluate(Session session, Part part, Tuple? tuple, Fact? fact, ReteNode owner)
    {
        try
        {
            return IndexKey.Normalize(tuple is not null
                ? part.TupleSide(tuple, part.TupleConstants)
                : part.FactSide(fact!.Object, part.FactConstants));
        }
        catch (Exception exception)
        {
            session.OnConditionFailed(part.Condition, exception, tuple is not null ? tuple.Objects() : [fact!.Object], owner.Rules);
            return IndexKey.Unmatchable;
        }
    }

    /// <summary>
    /// One equality of a condition: the side over the partial match and the side over the fact, one of
    /// which may be a constant.
    /// </summary>
    internal sealed record Part(
        LambdaExpression Condition,
        Func<Tuple, object?[], object?> TupleSide,
        object?[] TupleConstants,
        Func<object?, object?[], object?> FactSide,
        object?[] FactConstants,
        bool ConstantTupleSide = false,
        bool ConstantFactSide = false);
}
