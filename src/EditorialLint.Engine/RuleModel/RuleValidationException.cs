namespace EditorialLint.Engine.RuleModel;

/// <summary>Thrown when a rule definition is inconsistent, e.g. a condition refers to an undeclared fact.</summary>
public sealed class RuleValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule being built.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    public RuleValidationException(string ruleName, string problem)
        : base($"Rule '{ruleName}' is invalid: {problem}")
    {
        RuleName = ruleName;
        Problem = problem;
    }

    /// <summary>The rule being built.</summary>
    public string RuleName { get; }

    /// <summary>What is wrong, without the rule name.</summary>
    public string Problem { get; }
}
