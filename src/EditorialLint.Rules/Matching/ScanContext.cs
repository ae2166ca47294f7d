using EditorialLint.Core.Segmentation;

namespace EditorialLint.Rules.Matching;

/// <summary>What a scanner reads (the segmented article) and where it puts the facts it finds.</summary>
public sealed class ScanContext
{
    private readonly int[] _paragraphStarts;
    private readonly int[] _sentenceStarts;

    /// <summary>Creates the context for one article.</summary>
    public ScanContext(Segmentation segmentation)
    {
        Segmentation = segmentation;
        _paragraphStarts = segmentation.Paragraphs.Select(p => p.Start).ToArray();
        _sentenceStarts = segmentation.Sentences.Select(s => s.Start).ToArray();
    }

    /// <summary>The article's segments.</summary>
    public Segmentation Segmentation { get; }

    /// <summary>The article text.</summary>
    public string Text => Segmentation.Text;

    /// <summary>The facts found so far.</summary>
    public List<object> Facts { get; } = [];

    /// <summary>Drops the matches of <paramref name="ruleId"/> found so far, for a rule left out of this article.</summary>
    public void RemoveMatchesOf(string ruleId) =>
        Facts.RemoveAll(f => f is EditorialLint.Rules.Facts.Match m && string.Equals(m.RuleId, ruleId, StringComparison.Ordinal));

    /// <summary>The paragraph containing <paramref name="offset"/> (the nearest before it when between paragraphs).</summary>
    public int ParagraphAt(int offset) => IndexAt(_paragraphStarts, offset);

    /// <summary>The sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        var i = IndexAt(_sentenceStarts, offset);
        return i >= 0 && offset < Segmentation.Sentences[i].End ? i : -1;
    }

    /// <summary>Whether the span lies inside a web or e-mail address, where prose rules do not apply.</summary>
    public bool InAddress(int start, int length)
    {
        var tokens = Segmentation.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var t = tokens[mid];
            if (t.End <= start) lo = mid + 1;
            else if (t.Start > start) hi = mid - 1;
            else return t.Kind is TokenKind.Url or TokenKind.Email && start + length <= t.End + 1;
        }

        return false;
    }

    /// <summary>Whether <paramref name="offset"/> lies in the headline.</summary>
    public bool InHeadline(int offset) =>
        Segmentation.Headline is { } h && offset >= h.Start && offset < h.End;

    /// <summary>Whether the span satisfies <paramref name="anchor"/>.</summary>
    public bool Satisfies(Anchor anchor, int start, int length)
    {
        if (InAddress(start, length)) return false;
        var text = Text;
        switch (anchor)
        {
            case Anchor.None:
                return true;
            case Anchor.LineStart:
            case Anchor.Line:
                var i = start - 1;
                while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0') i--;
                if (i >= 0 && text[i] != '\n') return false;
                if (anchor == Anchor.LineStart) return true;
                var j = start + length;
                while (j < text.Length && text[j] is ' ' or '\t' or '\u00A0' or '\r') j++;
                return j >= text.Length || text[j] == '\n';
            case Anchor.ArticleStart:
                return Segmentation.Paragraphs.Count > 0 && ParagraphAt(start) == 0;
            case Anchor.ArticleEnd:
                return Segmentation.Paragraphs.Count > 0 && ParagraphAt(start) == Segmentation.Paragraphs.Count - 1;
            default:
                return false;
        }
    }

    private static int IndexAt(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : ~i - 1;
    }
}
