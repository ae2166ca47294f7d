namespace EditorialLint.Engine;

/// <summary>Thrown by <c>Fire</c> when a rule's action throws and no handler marked it handled.</summary>
public sealed class RuleRuntimeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule whose action failed.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">What the action threw.</param>
    public RuleRuntimeException(string ruleName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>The rule whose action failed.</summary>
    public string RuleName { get; }
}
