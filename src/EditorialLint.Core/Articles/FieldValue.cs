using EditorialLint.Core.Text;

namespace EditorialLint.Core.Articles;

/// <summary>
/// A CMS field's value as the client sent it: the decoded JSON string, where each of its
/// characters stands in the JSON source, and the comments (suppression markers) in its Markdown
/// or HTML, at offsets within the value.
/// </summary>
/// <param name="Text">The decoded string value.</param>
/// <param name="Source">Maps offsets in <paramref name="Text"/> to offsets in the JSON source.</param>
/// <param name="Comments">Comments found in the value, at offsets within <paramref name="Text"/>.</param>
public sealed record FieldValue(string Text, SourceMap Source, IReadOnlyList<MarkupComment> Comments);
