namespace EditorialLint.Core.Reading;

/// <summary>One character of decoded markup text and the source span that produced it.</summary>
/// <param name="Value">The decoded character.</param>
/// <param name="Start">Where its source starts.</param>
/// <param name="Length">The length of its source: 1 for a plain character, more for an entity or escape.</param>
internal readonly record struct DecodedChar(char Value, int Start, int Length);
