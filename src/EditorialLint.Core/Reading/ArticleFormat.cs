namespace EditorialLint.Core.Reading;

/// <summary>The formats an article can be read from.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text; the text rules see is the file itself.</summary>
    Text,

    /// <summary>Markdown (CommonMark); rules see the prose.</summary>
    Markdown,

    /// <summary>HTML; rules see the visible text of the body.</summary>
    Html,

    /// <summary>A CMS JSON object with <c>headline</c>, <c>standfirst</c> and <c>body</c>.</summary>
    Json,
}
