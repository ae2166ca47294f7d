using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>Data of a condition that threw. The condition counts as false.</summary>
public sealed class ConditionFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="exception">What it threw.</param>
    /// <param name="facts">The facts it was evaluated on.</param>
    /// <param name="rules">The rules that use the condition (shared nodes serve several).</param>
    public ConditionFailedEventArgs(LambdaExpression condition, Exception exception, IReadOnlyList<object?> facts, IReadOnlyList<IRuleDefinition> rules)
    {
        Condition = condition;
        Exception = exception;
        Facts = facts;
        Rules = rules;
    }

    /// <summary>The condition.</summary>
    public LambdaExpression Condition { get; }

    /// <summary>What it threw.</summary>
    public Exception Exception { get; }

    /// <summary>The facts it was evaluated on, in declaration order.</summary>
    public IReadOnlyList<object?> Facts { get; }

    /// <summary>The rules that use the condition.</summary>
    public IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>The name of the first rule that uses the condition.</summary>
    public string RuleName => Rules.Count == 0 ? string.Empty : Rules[0].Name;
}
