namespace EditorialLint.Rules.Officials;

/// <summary>One spelling of an official's name the index knows: words and whether it is right.</summary>
/// <param name="Official">Whose name it is.</param>
/// <param name="Words">The words, first to last.</param>
/// <param name="IsCorrect">Canonical or accepted alternative (true) or a known misspelling (false).</param>
public sealed record NameForm(Official Official, string[] Words, bool IsCorrect);
