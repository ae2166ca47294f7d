namespace EditorialLint.Core.Diagnostics;

/// <summary>A replacement of <paramref name="Length"/> UTF-16 units at <paramref name="Offset"/> by <paramref name="Replacement"/>.</summary>
/// <param name="Offset">Start of the replaced span.</param>
/// <param name="Length">Length of the replaced span.</param>
/// <param name="Replacement">The text that takes its place.</param>
public sealed record Fix(int Offset, int Length, string Replacement);
