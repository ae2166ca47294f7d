namespace EditorialLint.Rules.Packs;

/// <summary>A value read from a file, with where it stands.</summary>
/// <param name="Value">The value.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct Located<T>(T Value, int Line, int Column);
