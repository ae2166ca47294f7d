namespace EditorialLint.Core.Segmentation;

/// <summary>An article's text cut into headline, paragraphs, sentences, quotations and tokens.</summary>
public sealed class Segmentation
{
    /// <summary>Creates a segmentation.</summary>
    public Segmentation(string text, Paragraph? headline, IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations, Token[] tokens)
    {
        Text = text;
        Headline = headline;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Quotations = quotations;
        Tokens = tokens;
    }

    /// <summary>The text that was cut.</summary>
    public string Text { get; }

    /// <summary>The headline: the first paragraph when it is one line followed by a blank line.</summary>
    public Paragraph? Headline { get; }

    /// <summary>The paragraphs, headline included, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The quotations, in order of their opening mark.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>The tokens, in order.</summary>
    public Token[] Tokens { get; }

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
}
