using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>
/// Raises engine events to its own handlers, then to its parent's (a session's events go on to its
/// factory's). Event data is only allocated when someone listens.
/// </summary>
internal sealed class EventAggregator(EventAggregator? parent) : ISessionEvents
{
    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<ActivationEventArgs>? ActivationCreated;

    public event EventHandler<ActivationEventArgs>? ActivationUpdated;

    public event EventHandler<ActivationEventArgs>? ActivationDeleted;

    public event EventHandler<ActivationEventArgs>? RuleFiring;

    public event EventHandler<ActivationEventArgs>? RuleFired;

    public event EventHandler<ConditionFailedEventArgs>? ConditionFailed;

    public event EventHandler<ActionFailedEventArgs>? ActionFailed;

    public void RaiseFactInserted(object sender, object fact)
    {
        if (Listens(FactInserted, parent?.FactInserted))
        {
            Raise(sender, FactInserted, parent?.FactInserted, new FactEventArgs(fact));
        }
    }

    public void RaiseFactUpdated(object sender, object fact)
    {
        if (Listens(FactUpdated, parent?.FactUpdated))
        {
            Raise(sender, FactUpdated, parent?.FactUpdated, new FactEventArgs(fact));
        }
    }

    public void RaiseFactRetracted(object sender, object fact)
    {
        if (Listens(FactRetracted, parent?.FactRetracted))
        {
            Raise(sender, FactRetracted, parent?.FactRetracted, new FactEventArgs(fact));
        }
    }

    public void RaiseActivationCreated(object sender, Activation activation)
    {
        if (Listens(ActivationCreated, parent?.ActivationCreated))
        {
            Raise(sender, ActivationCreated, parent?.ActivationCreated, new ActivationEventArgs(activation));
        }
    }

    public void RaiseActivationUpdated(object sender, Activation activation)
    {
        if (Listens(ActivationUpdated, parent?.ActivationUpdated))
        {
            Raise(sender, ActivationUpdated, parent?.ActivationUpdated, new ActivationEventArgs(activation));
        }
    }

    public void RaiseActivationDeleted(object sender, Activation activation)
    {
        if (Listens(ActivationDeleted, parent?.ActivationDeleted))
        {
            Raise(sender, ActivationDeleted, parent?.ActivationDeleted, new ActivationEventArgs(activation));
        }
    }

    public void RaiseRuleFiring(object sender, Activation activation)
    {
        if (Listens(RuleFiring, parent?.RuleFiring))
        {
            Raise(sender, RuleFiring, parent?.RuleFiring, new ActivationEventArgs(activation));
        }
    }

    public void RaiseRuleFired(object sender, Activation activation)
    {
        if (Listens(RuleFired, parent?.RuleFired))
        {
            Raise(sender, RuleFired, parent?.RuleFired, new ActivationEventArgs(activation));
        }
    }

    public void RaiseConditionFailed(object sender, LambdaExpression condition, Exception exception, IReadOnlyList<object?> facts, IReadOnlyList<IRuleDefinition> rules)
    {
        if (Listens(ConditionFailed, parent?.ConditionFailed))
        {
            Raise(sender, ConditionFailed, parent?.ConditionFailed, new ConditionFailedEventArgs(condition, exception, facts, rules));
        }
    }

    /// <summary>Raises <see cref="ActionFailed"/>; returns whether a handler marked the failure handled.</summary>
    public bool RaiseActionFailed(object sender, LambdaExpression action, Exception exception, Activation activation)
    {
        var args = new ActionFailedEventArgs(action, exception, activation);
        ActionFailed?.Invoke(sender, args);
        parent?.ActionFailed?.Invoke(sender, args);
        return args.IsHandled;
    }

    private static bool Listens<TArgs>(EventHandler<TArgs>? own, EventHandler<TArgs>? inherited) =>
        own is not null || inherited is not null;

    private static void Raise<TArgs>(object sender, EventHandler<TArgs>? own, EventHandler<TArgs>? inherited, TArgs args)
    {
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }
}
