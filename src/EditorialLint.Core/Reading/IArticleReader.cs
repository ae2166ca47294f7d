using EditorialLint.Core.Articles;

namespace EditorialLint.Core.Reading;

/// <summary>Reads one format into an <see cref="Article"/> with a source map back into the input.</summary>
public interface IArticleReader
{
    /// <summary>The format this reader reads.</summary>
    ArticleFormat Format { get; }

    /// <summary>Extracts the article from a decoded source.</summary>
    /// <param name="source">The decoded input.</param>
    /// <returns>The article; its map points into <see cref="SourceText.Text"/>.</returns>
    /// <exception cref="UnreadableInputException">The source is not a valid article of this format.</exception>
    Article Read(SourceText source);
}
