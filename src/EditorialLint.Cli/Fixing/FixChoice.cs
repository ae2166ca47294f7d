using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Fixing;

/// <summary>The fixes one pass may apply to a file, and why the others were left alone.</summary>
/// <param name="Fixes">Fixes in file coordinates, replacements already escaped for the file's format.</param>
/// <param name="Notes">One line per fix refused, naming the file, position and rule.</param>
public sealed record FixChoice(IReadOnlyList<Fix> Fixes, IReadOnlyList<string> Notes);
