namespace EditorialLint.Cli.Serve;

/// <summary>A change to the rule files that did not compile; the rules before it keep serving.</summary>
/// <param name="Message">One line: <c>file:line:col: problem</c> where the place is known.</param>
/// <param name="File">The rule file at fault, when known.</param>
/// <param name="Line">Its 1-based line, or 0 when unknown.</param>
/// <param name="Column">Its 1-based column, or 0 when unknown.</param>
/// <param name="At">When the reload was tried.</param>
public sealed record ReloadFailure(string Message, string? File, int Line, int Column, DateTimeOffset At);
