namespace EditorialLint.Rules.Expressions;

/// <summary>A condition in the rule expression language that cannot be parsed or typed.</summary>
public sealed class ExpressionSyntaxException : Exception
{
    /// <summary>Creates the exception for a column of the expression.</summary>
    public ExpressionSyntaxException(string message, int position) : base(message) => Position = position;

    /// <summary>0-based position in the expression text.</summary>
    public int Position { get; }
}
