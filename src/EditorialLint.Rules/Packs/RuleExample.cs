namespace EditorialLint.Rules.Packs;

/// <summary>
/// An example a rule carries, which is also its test: a bad text with the spans that must be
/// reported (and the text after fixing), or a good text that must stay silent.
/// </summary>
/// <param name="Text">The example text.</param>
/// <param name="IsBad">Whether the text must be reported.</param>
/// <param name="Expect">For a bad text, the exact substrings that must be reported.</param>
/// <param name="Fixed">For a bad text, what applying the rule's fixes must give; null when not checked.</param>
/// <param name="Line">Line of the example in its file.</param>
public sealed record RuleExample(string Text, bool IsBad, IReadOnlyList<string> Expect, string? Fixed, int Line);
