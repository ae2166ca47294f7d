namespace EditorialLint.Rules.Packs;

/// <summary>A value read from a file, with where it stands.</summary>
/// <param name="Value">The value.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <remarks>
/// A class rather than a struct: lists and queries of it then run on the shared generic code the
/// runtime ships compiled, where a struct would have each of them compiled at start-up.
/// </remarks>
public sealed record Located<T>(T Value, int Line, int Column);
