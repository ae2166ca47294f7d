namespace EditorialLint.Core.Articles;

/// <summary>
/// An HTML comment (<c>&lt;!-- … --&gt;</c>) found in Markdown or HTML source, kept so that
/// inline suppressions can be read from it.
/// </summary>
/// <param name="Offset">Where the comment starts (its <c>&lt;</c>) in the source text.</param>
/// <param name="Length">The length of the whole comment, delimiters included, in the source text.</param>
/// <param name="Text">The comment's content between <c>&lt;!--</c> and <c>--&gt;</c>, untrimmed.</param>
public sealed record MarkupComment(int Offset, int Length, string Text);
