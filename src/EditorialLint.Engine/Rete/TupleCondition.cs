using System.Linq.Expressions;
using EditorialLint.Engine.Expressions;

namespace EditorialLint.Engine.Rete;

/// <summary>A compiled condition over a partial match and one more value (a fact or an aggregate result).</summary>
internal sealed class TupleCondition(LambdaExpression source, ExpressionFingerprint fingerprint, Func<Tuple, object?, object?[], bool> invoke)
{
    public LambdaExpression Source { get; } = source;

    public ExpressionFingerprint Fingerprint { get; } = fingerprint;

    public bool IsSatisfiedBy(Session session, Tuple tuple, object? value, ReteNode owner)
    {
        try
        {
            session.CountEvaluation();
            return invoke(tuple, value, Fingerprint.Constants);
        }
        catch (Exception exception)
        {
            var facts = tuple.Objects();
            Array.Resize(ref facts, facts.Length + 1);
            facts[^1] = value;
            session.OnConditionFailed(Source, exception, facts, owner.Rules);
            return false;
        }
    }
}
