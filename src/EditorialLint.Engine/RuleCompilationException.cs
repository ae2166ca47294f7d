namespace EditorialLint.Engine;

/// <summary>Thrown when a rule cannot be compiled into the network.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule that failed.</param>
    /// <param name="problem">What went wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public RuleCompilationException(string ruleName, string problem, Exception? innerException = null)
        : base($"Failed to compile rule '{ruleName}': {problem}", innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>The rule that failed.</summary>
    public string RuleName { get; }
}
