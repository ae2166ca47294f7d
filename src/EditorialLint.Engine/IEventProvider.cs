namespace EditorialLint.Engine;

/// <summary>
/// Engine events. The factory's provider raises the events of all its sessions (the sender is the
/// session); a session's provider raises only its own.
/// </summary>
public interface IEventProvider
{
    /// <summary>Raised after a fact is inserted.</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>Raised after a fact is updated.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>Raised after a fact is retracted.</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>Raised when a set of facts newly matches a rule.</summary>
    event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <summary>Raised when a fact of an existing match is updated and the match still holds.</summary>
    event EventHandler<ActivationEventArgs>? ActivationUpdated;

    /// <summary>Raised when a match no longer holds.</summary>
    event EventHandler<ActivationEventArgs>? ActivationDeleted;

    /// <summary>Raised before a rule's actions run.</summary>
    event EventHandler<ActivationEventArgs>? RuleFiring;

    /// <summary>Raised after a rule's actions ran.</summary>
    event EventHandler<ActivationEventArgs>? RuleFired;

    /// <summary>Raised when a condition throws; the condition then counts as false.</summary>
    event EventHandler<ConditionFailedEventArgs>? ConditionFailed;

    /// <summary>
    /// Raised when an action throws. Unless a handler sets <see cref="ActionFailedEventArgs.IsHandled"/>,
    /// <c>Fire</c> then throws a <see cref="RuleRuntimeException"/>.
    /// </summary>
    event EventHandler<ActionFailedEventArgs>? ActionFailed;
}
