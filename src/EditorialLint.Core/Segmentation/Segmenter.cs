using System.Buffers;

namespace EditorialLint.Core.Segmentation;

/// <summary>
/// Cuts an article's text into headline, paragraphs, sentences, quotations and tokens, keeping
/// every offset. Abbreviations, initials, decimals and addresses do not end a sentence.
/// </summary>
public static class Segmenter
{
    // Words after which a full stop never ends a sentence (titles before a name).
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "St", "Prof", "Capt", "Sgt", "Maj",
        "Adm", "Cmdr", "Rev", "Fr", "Mt", "Ft", "Brig", "Cpl", "Pvt", "Supt", "Insp", "Amb", "Pres", "Hon",
        "vs", "v", "cf", "approx", "ca", "Sr", "Jr",
    };

    // Words that abbreviate only before a number: "No. 10", "Vol. 3", "p. 12"; "Voters said No." ends.
    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.Ordinal)
    {
        "No", "Nos", "no", "Art", "Vol", "vol", "pp", "p", "Fig", "fig", "Ch", "Sec",
    };

    // Words after which a full stop ends a sentence only when a typical sentence opener follows.
    private static readonly HashSet<string> SoftAbbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "etc", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "est", "min", "max",
        "Ph.D", "M.D", "B.A", "M.A", "B.Sc", "M.Sc", "D.Phil", "LL.M",
    };

    // Words that typically open a sentence; after an abbreviation they signal a real sentence end.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
        "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "There", "Some", "Many", "Most", "After",
        "Before", "When", "While", "If", "As", "However", "Meanwhile", "Officials", "According",
    };

    // The sets looked up with spans of the text, so that no word is copied to a string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleAbbreviationLookup = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberAbbreviationLookup = NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SoftAbbreviationLookup = SoftAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    // The list Segment gathers tokens in, kept by each thread for its next article up to this size.
    private const int MaxKeptTokens = 1 << 16;

    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>Segments <paramref name="text"/>.</summary>
    public static Segmentation Segment(string text)
    {
        var paragraphSpans = FindParagraphs(text);
        var headlineIndex = -1;
        if (paragraphSpans.Count > 1)
        {
            var first = paragraphSpans[0];
            if (first.Start == FirstNonBlank(text) && text.AsSpan(first.Start, first.Length).IndexOf('\n') < 0)
                headlineIndex = 0;
        }

        // The tokens are gathered in a list kept by the thread and copied out once, at their count:
        // a list of a fresh article's size was as large again as the copy, and cleared for nothing.
        var tokens = t_tokens ??= new List<Token>();
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 4 + 1);
        var paragraphs = new List<Paragraph>(paragraphSpans.Count);
        // About one sentence per hundred characters of prose: sized once rather than grown by copies.
        var sentences = new List<Sentence>(text.Length / 100 + 1);
        var quotations = new List<Quotation>();
        for (var p = 0; p < paragraphSpans.Count; p++)
        {
            var span = paragraphSpans[p];
            var isHeadline = p == headlineIndex;
            var isLast = p == paragraphSpans.Count - 1;
            var lineCount = 1 + text.AsSpan(span.Start, span.Length).Count('\n');
            paragraphs.Add(new Paragraph(text, p, span.Start, span.Length, isHeadline, isLast, lineCount));

            var bounds = isHeadline ? [span] : SplitSentences(text, span);
            for (var s = 0; s < bounds.Count; s++)
            {
                var b = bounds[s];
                var firstToken = tokens.Count;
                Tokenizer.Tokenize(text, b.Start, b.End, tokens);
                sentences.Add(new Sentence(text, sentences.Count, p, b.Start, b.Length, isHeadline, s == 0, s == bounds.Count - 1, isLast && s == bounds.Count - 1,
                    firstToken, tokens.Count - firstToken));
            }

            FindQuotations(text, span, p, quotations);
        }

        var allTokens = tokens.ToArray();
        // A very long article's list is not kept for the next one.
        if (tokens.Capacity > MaxKeptTokens) t_tokens = null;
        foreach (var sentence in sentences) sentence.UseTokens(allTokens);
        return new Segmentation(text, headlineIndex >= 0 ? paragraphs[headlineIndex] : null, paragraphs,
            sentences, quotations, allTokens);
    }

    private static int FirstNonBlank(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Paragraphs are runs of non-blank lines; their spans exclude surrounding whitespace.</summary>
    private static List<TextSpan> FindParagraphs(string text)
    {
        var result = new List<TextSpan>();
        var start = -1;
        var lastContentEnd = -1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                if (start >= 0)
                {
                    result.Add(new TextSpan(start, lastContentEnd - start));
                    start = -1;
                }
            }
            else
            {
                var contentStart = lineStart + (line.Length - line.TrimStart().Length);
                if (start < 0) start = contentStart;
                lastContentEnd = lineStart + line.TrimEnd().Length;
            }

            if (nl < 0) break;
            lineStart = nl + 1;
        }

        if (start >= 0) result.Add(new TextSpan(start, lastContentEnd - start));
        return result;
    }

    // The marks that may end a sentence; the text between them is skipped by a vectorised search.
    private static readonly SearchValues<char> SentenceTerminals = SearchValues.Create(".!?\u2026");

    private static List<TextSpan> SplitSentences(string text, TextSpan paragraph)
    {
        var result = new List<TextSpan>();
        var sentenceStart = paragraph.Start;
        var end = paragraph.End;
        var i = paragraph.Start;
        while (i < end)
        {
            var skip = text.AsSpan(i, end - i).IndexOfAny(SentenceTerminals);
            if (skip < 0) break;
            i += skip;
            var termStart = i;
            var j = i;
            while (j < end && text[j] is '.' or '!' or '?' or '\u2026') j++;
            var termEnd = j;
            while (j < end && text[j] is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']') j++;
            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                i = j;
                continue;
            }

            if (EndsSentence(text, sentenceStart, termStart, termEnd, j, end))
            {
                result.Add(new TextSpan(sentenceStart, j - sentenceStart));
                while (j < end && char.IsWhiteSpace(text[j])) j++;
                sentenceStart = j;
            }

            i = j;
        }

        if (sentenceStart < end)
        {
            var tail = TrimEnd(text, sentenceStart, end);
            if (tail > sentenceStart) result.Add(new TextSpan(sentenceStart, tail - sentenceStart));
        }

        return result;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static bool EndsSentence(string text, int sentenceStart, int termStart, int termEnd, int afterClosers, int paragraphEnd)
    {
        var next = afterClosers;
        while (next < paragraphEnd && char.IsWhiteSpace(text[next])) next++;
        if (next >= paragraphEnd) return true;
        var nextWord = WordAt(text, next, paragraphEnd);
        var terminal = text.AsSpan(termStart, termEnd - termStart);
        var nextIsLower = StartsLower(text, next, paragraphEnd);

        // An ellipsis followed by a lower-case word continues the sentence (an elided quotation),
        // and so does a quotation closed by its own mark: “Why?” he asked.
        if (terminal.Contains('\u2026') || terminal.Length >= 3) return !nextIsLower;
        if (afterClosers > termEnd && nextIsLower && text[afterClosers - 1] is not (')' or ']')) return false;
        if (terminal.Length > 1 || terminal[0] != '.') return true;

        var before = WordBefore(text, sentenceStart, termStart);
        if (before.IsEmpty) return true;
        if (TitleAbbreviationLookup.Contains(before)) return false;
        if (NumberAbbreviationLookup.Contains(before)) return !char.IsDigit(text[next]);
        if (before.Length == 1 && char.IsUpper(before[0])) return false; // an initial: J. Smith
        var isDotted = IsDottedAbbreviation(text, termStart);
        if (isDotted || SoftAbbreviationLookup.Contains(before) || before is "a.m" or "p.m" or "e.g" or "i.e")
            return SentenceOpenerLookup.Contains(nextWord);
        return true;
    }

    private static bool StartsLower(string text, int i, int end)
    {
        while (i < end && !char.IsLetterOrDigit(text[i])) i++;
        return i < end && char.IsLower(text[i]);
    }

    private static ReadOnlySpan<char> WordAt(string text, int i, int end)
    {
        while (i < end && !char.IsLetterOrDigit(text[i])) i++;
        var j = i;
        while (j < end && char.IsLetter(text[j])) j++;
        return text.AsSpan(i, j - i);
    }

    private static ReadOnlySpan<char> WordBefore(string text, int sentenceStart, int termStart)
    {
        var j = termStart;
        while (j > sentenceStart && (char.IsLetter(text[j - 1]) || text[j - 1] == '.')) j--;
        return text.AsSpan(j, termStart - j);
    }

    /// <summary>U.S. or J.R.R. or e.g.: a dot two characters back with a single letter between.</summary>
    private static bool IsDottedAbbreviation(string text, int termStart) =>
        termStart >= 3 && char.IsLetter(text[termStart - 1]) && text[termStart - 2] == '.' && char.IsLetter(text[termStart - 3])
        && (termStart < 4 || !char.IsLetter(text[termStart - 4]) || text[termStart - 4] == '.');

    // The marks FindQuotations acts on; a paragraph without any has no quotation.
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\u201C\u201D\u2018\u2019\"");

    private static void FindQuotations(string text, TextSpan paragraph, int paragraphIndex, List<Quotation> into)
    {
        if (!text.AsSpan(paragraph.Start, paragraph.Length).ContainsAny(QuotationMarks)) return;
        var stack = new Stack<(int Start, char Open)>();
        // How many marks of each kind are open, so a closing mark need not search the stack: a
        // paragraph with thousands of unclosed marks stays linear.
        int openDouble = 0, openSingle = 0, openStraight = 0;
        var found = new List<Quotation>();
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            // Only the marks are acted on: the text between them is skipped by a vectorised search.
            var skip = text.AsSpan(i, paragraph.End - i).IndexOfAny(QuotationMarks);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            switch (c)
            {
                case '\u201C':
                    Push(i, c);
                    break;
                case '\u2018' when IsOpeningPosition(text, i, paragraph.Start):
                    Push(i, c);
                    break;
                case '\u201D' when i > paragraph.Start && text[i - 1] == '\u2018' && stack.Count > 0 && stack.Peek().Start == i - 1:
                    // ‘” glued before a word is a mangled opening: take the ” as the opening double mark,
                    // so the quotation's real closing mark pairs with it.
                    Push(i, '\u201C');
                    break;
                case '\u201D':
                    Close(i, c, '\u201C');
                    break;
                case '\u2019' when !IsLetterAt(text, i + 1, paragraph.End) && openSingle > 0:
                    Close(i, c, '\u2018');
                    break;
                case '"':
                    if (stack.Count > 0 && stack.Peek().Open == '"') Close(i, c, '"');
                    else Push(i, c);
                    break;
            }
        }

        while (stack.Count > 0)
        {
            var (start, open) = Pop();
            found.Add(new Quotation(paragraphIndex, start, paragraph.End - start, open, '\0', stack.Count, false));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        into.AddRange(found);

        void Close(int at, char close, char expectedOpen)
        {
            if (OpenCount(expectedOpen) == 0)
            {
                // A closing double mark that nothing opened; a lone right single mark is an apostrophe.
                if (close == '\u201D') found.Add(new Quotation(paragraphIndex, at, 1, '\0', close, stack.Count, false));
                return;
            }

            while (stack.Count > 0)
            {
                var (start, open) = Pop();
                var matched = open == expectedOpen;
                found.Add(new Quotation(paragraphIndex, start, matched ? at + 1 - start : at - start, open,
                    matched ? close : '\0', stack.Count, matched));
                if (matched) return;
            }
        }

        void Push(int at, char open)
        {
            stack.Push((at, open));
            Count(open, 1);
        }

        (int Start, char Open) Pop()
        {
            var top = stack.Pop();
            Count(top.Open, -1);
            return top;
        }

        void Count(char open, int change)
        {
            if (open == '\u201C') openDouble += change;
            else if (open == '\u2018') openSingle += change;
            else openStraight += change;
        }

        int OpenCount(char open) => open == '\u201C' ? openDouble : open == '\u2018' ? openSingle : openStraight;
    }

    private static bool IsOpeningPosition(string text, int i, int paragraphStart) =>
        i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '\u201C' or '(' or '[' or '"' or '\u2014' or '-';

    private static bool IsLetterAt(string text, int i, int end) => i < end && char.IsLetter(text[i]);
}
