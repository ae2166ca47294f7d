namespace EditorialLint.Rules.Tests.Authoring;

/// <summary>One row of rules/RELEASES.md.</summary>
internal sealed record ReleaseRow(string Id, string Category, string Severity, string Notes, string Section, int Line);
