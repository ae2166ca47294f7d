namespace EditorialLint.Rules.Running;

/// <summary>A rule example that did not come out as written.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="File">Its pack file.</param>
/// <param name="Line">The example's line.</param>
/// <param name="Problem">What was expected and what came out.</param>
public sealed record ExampleFailure(string RuleId, string File, int Line, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {RuleId}: {Problem}";
}
