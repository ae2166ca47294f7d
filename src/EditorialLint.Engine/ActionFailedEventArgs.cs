using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>Data of an action that threw.</summary>
public sealed class ActionFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="action">The action.</param>
    /// <param name="exception">What it threw.</param>
    /// <param name="activation">The activation being fired.</param>
    public ActionFailedEventArgs(LambdaExpression action, Exception exception, Activation activation)
    {
        Action = action;
        Exception = exception;
        Activation = activation;
    }

    /// <summary>The action.</summary>
    public LambdaExpression Action { get; }

    /// <summary>What it threw.</summary>
    public Exception Exception { get; }

    /// <summary>The activation being fired.</summary>
    public Activation Activation { get; }

    /// <summary>The firing rule.</summary>
    public IRuleDefinition Rule => Activation.Rule;

    /// <summary>The firing rule's name.</summary>
    public string RuleName => Activation.Rule.Name;

    /// <summary>The matched facts.</summary>
    public IReadOnlyList<IFactMatch> Facts => Activation.Facts;

    /// <summary>Set to <see langword="true"/> to swallow the failure and go on firing.</summary>
    public bool IsHandled { get; set; }
}
