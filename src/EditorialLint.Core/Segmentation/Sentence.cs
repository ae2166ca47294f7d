namespace EditorialLint.Core.Segmentation;

/// <summary>A sentence inside a paragraph (a fact the rules can match).</summary>
public sealed class Sentence
{
    /// <summary>Creates a sentence.</summary>
    public Sentence(int index, int paragraphIndex, int start, int length, string text, bool isHeadline,
        bool isFirstInParagraph, bool isLastInParagraph, bool isLastInArticle, int firstToken, int tokenCount)
        : this(index, paragraphIndex, start, length, isHeadline, isFirstInParagraph, isLastInParagraph, isLastInArticle, firstToken, tokenCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>
    /// Creates a sentence of <paramref name="article"/>, whose text is made into a string of its own
    /// only when asked for: most rules read a sentence through <see cref="Span"/>, or not at all.
    /// </summary>
    internal Sentence(string article, int index, int paragraphIndex, int start, int length, bool isHeadline,
        bool isFirstInParagraph, bool isLastInParagraph, bool isLastInArticle, int firstToken, int tokenCount)
        : this(index, paragraphIndex, start, length, isHeadline, isFirstInParagraph, isLastInParagraph, isLastInArticle, firstToken, tokenCount) =>
        _article = article;

    private Sentence(int index, int paragraphIndex, int start, int length, bool isHeadline,
        bool isFirstInParagraph, bool isLastInParagraph, bool isLastInArticle, int firstToken, int tokenCount)
    {
        Index = index;
        ParagraphIndex = paragraphIndex;
        Start = start;
        Length = length;
        IsHeadline = isHeadline;
        IsFirstInParagraph = isFirstInParagraph;
        IsLastInParagraph = isLastInParagraph;
        IsLastInArticle = isLastInArticle;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>0-based position among the article's sentences.</summary>
    public int Index { get; }

    /// <summary>The paragraph it belongs to.</summary>
    public int ParagraphIndex { get; }

    /// <summary>Start offset.</summary>
    public int Start { get; }

    /// <summary>Length.</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    // The sentence's own string, once made (or as given); else the article it is part of.
    private string? _text;
    private readonly string? _article;

    /// <summary>The sentence's text.</summary>
    public string Text => _text ??= _article!.Substring(Start, Length);

    /// <summary>The sentence's characters, read in place: no string is made of them.</summary>
    public ReadOnlySpan<char> Span => _text is { } text ? text.AsSpan() : _article.AsSpan(Start, Length);

    /// <summary>Whether it is (part of) the headline.</summary>
    public bool IsHeadline { get; }

    /// <summary>Whether it opens its paragraph.</summary>
    public bool IsFirstInParagraph { get; }

    /// <summary>Whether it closes its paragraph.</summary>
    public bool IsLastInParagraph { get; }

    /// <summary>Whether it is the article's last sentence.</summary>
    public bool IsLastInArticle { get; }

    /// <summary>Index of its first token in <see cref="Segmentation.Tokens"/>.</summary>
    public int FirstToken { get; }

    /// <summary>How many tokens it has.</summary>
    public int TokenCount { get; }

    private Token[]? _words;
    private Token[]? _articleTokens;

    /// <summary>
    /// Its word and number tokens, offsets in the article; picked once, on first use, from the
    /// tokens the segmentation already made (several sentence rules look at the same words).
    /// </summary>
    public IReadOnlyList<Token> Words => _words ??= PickWords();

    /// <summary>Gives the sentence the article's tokens, so <see cref="Words"/> need not tokenise it again.</summary>
    internal void UseTokens(Token[] articleTokens) => _articleTokens = articleTokens;

    private Token[] PickWords()
    {
        ReadOnlySpan<Token> tokens;
        if (_articleTokens is { } all)
        {
            tokens = all.AsSpan(FirstToken, TokenCount);
        }
        else
        {
            // A sentence made outside a segmentation tokenises its own text.
            var own = new List<Token>();
            Tokenizer.Tokenize(Text, 0, Text.Length, own);
            for (var t = 0; t < own.Count; t++) own[t] = own[t] with { Start = own[t].Start + Start };
            tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(own);
        }

        var count = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number) count++;
        }

        var words = new Token[count];
        var i = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number) words[i++] = t;
        }

        return words;
    }

    /// <inheritdoc />
    public override string ToString() => $"Sentence {Index} [{Start}..{End}) {Text}";
}
