namespace EditorialLint.Rules.Facts;

/// <summary>The article as a whole (a fact): its length and shape, for article-level rules.</summary>
public sealed class ArticleInfo
{
    /// <summary>Creates the fact.</summary>
    public ArticleInfo(string path, int length, int paragraphCount, int sentenceCount, bool hasHeadline)
    {
        Path = path;
        Length = length;
        ParagraphCount = paragraphCount;
        SentenceCount = sentenceCount;
        HasHeadline = hasHeadline;
    }

    /// <summary>The article's path.</summary>
    public string Path { get; }

    /// <summary>Length of the text.</summary>
    public int Length { get; }

    /// <summary>Number of paragraphs.</summary>
    public int ParagraphCount { get; }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount { get; }

    /// <summary>Whether a headline was recognised.</summary>
    public bool HasHeadline { get; }
}
