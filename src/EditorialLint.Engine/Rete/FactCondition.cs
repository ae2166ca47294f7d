using System.Linq.Expressions;
using EditorialLint.Engine.Expressions;

namespace EditorialLint.Engine.Rete;

/// <summary>A compiled single-fact condition.</summary>
internal sealed class FactCondition(LambdaExpression source, ExpressionFingerprint fingerprint, Func<object?, object?[], bool> invoke)
{
    public LambdaExpression Source { get; } = source;

    public ExpressionFingerprint Fingerprint { get; } = fingerprint;

    public bool IsSatisfiedBy(Session session, Fact fact, ReteNode owner)
    {
        try
        {
            session.CountEvaluation();
            return invoke(fact.Object, Fingerprint.Constants);
        }
        catch (Exception exception)
        {
            session.OnConditionFailed(Source, exception, [fact.Object], owner.Rules);
            return false;
        }
    }
}
