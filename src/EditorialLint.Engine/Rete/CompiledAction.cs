using System.Linq.Expressions;
using EditorialLint.Engine.Expressions;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine.Rete;

/// <summary>A compiled rule action.</summary>
internal sealed class CompiledAction(LambdaExpression source, ExpressionFingerprint fingerprint, Action<IContext, Tuple, object?[]> invoke)
{
    public LambdaExpression Source { get; } = source;

    public void Invoke(IContext context, Tuple tuple) => invoke(context, tuple, fingerprint.Constants);
}
