using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatters;

/// <summary>One linted file's diagnostics, with its text for showing the offending lines.</summary>
/// <param name="Path">The path as shown.</param>
/// <param name="SourceText">The decoded file text.</param>
/// <param name="Diagnostics">Diagnostics, sorted.</param>
public sealed record FileReport(string Path, string SourceText, IReadOnlyList<Diagnostic> Diagnostics);
