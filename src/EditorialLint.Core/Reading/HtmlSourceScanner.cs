using EditorialLint.Core.Articles;

namespace EditorialLint.Core.Reading;

/// <summary>
/// Walks HTML source the way an HTML tokenizer does, keeping only character data with the
/// exact source span of each decoded character, and the comments. The DOM says what is
/// visible; this says where each character came from.
/// </summary>
internal sealed class HtmlSourceScanner
{
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string> EscapableRawTextElements = new(StringComparer.Ordinal)
    {
        "title", "textarea",
    };

    private static readonly HashSet<string> ForeignElements = new(StringComparer.Ordinal) { "svg", "math" };

    // HTML start tags that end svg or math content: the tree builder pops back out to HTML.
    private static readonly HashSet<string> BreakoutElements = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    private readonly string _source;
    private int _i;

    // How deep inside svg or math the scan is, where the tree builder turns NUL into U+FFFD.
    private int _foreignDepth;

    private HtmlSourceScanner(string source)
    {
        _source = source;
    }

    /// <summary>Every character of character data, in source order.</summary>
    public List<DecodedChar> Chars { get; } = [];

    /// <summary>Every <c>&lt;!-- --&gt;</c> comment, in source order.</summary>
    public List<MarkupComment> Comments { get; } = [];

    public static HtmlSourceScanner Scan(string source)
    {
        var scanner = new HtmlSourceScanner(source);
        scanner.Run();
        return scanner;
    }

    private void Run()
    {
        while (_i < _source.Length)
        {
            if (_source[_i] == '<')
            {
                ScanMarkup();
            }
            else
            {
                ScanCharacter(decodeReferences: true);
            }
        }
    }

    private void ScanCharacter(bool decodeReferences, bool replaceNul = false)
    {
        var c = _source[_i];
        if (c == '\0' && (replaceNul || _foreignDepth > 0))
        {
            // HTML makes a NUL U+FFFD in raw text, RCDATA, PLAINTEXT and foreign content (and drops it
            // elsewhere), so the DOM text there is U+FFFD: the scan says so, or the DOM's U+FFFD would
            // be matched with some other one, such as a reference's, and take it from the text that needs it.
            Chars.Add(new DecodedChar('\uFFFD', _i, 1));
            _i++;
            return;
        }

        if (c == '\r')
        {
            var length = _i + 1 < _source.Length && _source[_i + 1] == '\n' ? 2 : 1;
            Chars.Add(new DecodedChar('\n', _i, length));
            _i += length;
            return;
        }

        if (c == '&' && decodeReferences && HtmlCharacterReference.Decode(_source, _i) is { } reference)
        {
            foreach (var decoded in reference.Value)
            {
                Chars.Add(new DecodedChar(decoded, _i, reference.Length));
            }

            _i += reference.Length;
            return;
        }

        Chars.Add(new DecodedChar(c, _i, 1));
        _i++;
    }

    private void ScanMarkup()
    {
        var next = At(_i + 1);
        if (_source.AsSpan(_i).StartsWith("<!--"))
        {
            ScanComment();
        }
        else if (next is '!' or '?')
        {
            _i = AfterClosingBracket(_i + 2);
        }
        else if (next == '/')
        {
            var afterSlash = At(_i + 2);
            if (char.IsAsciiLetter(afterSlash))
            {
                var (name, end) = SkipTag(_i + 2);
                _i = end;
                if (ForeignElements.Contains(name) && _foreignDepth > 0) _foreignDepth--;
                // As in HTML's parser, </p> and </br> in svg or math break out of it, as the breakout start tags do.
                if (name is "p" or "br" && _foreignDepth > 0) _foreignDepth = 0;
            }
            else if (afterSlash == '>')
            {
                _i += 3;
            }
            else if (afterSlash == '\0')
            {
                ScanCharacter(decodeReferences: false);
            }
            else
            {
                _i = AfterClosingBracket(_i + 2);
            }
        }
        else if (char.IsAsciiLetter(next))
        {
            var (name, end) = SkipTag(_i + 1);
            _i = end;
            if (_foreignDepth > 0 && BreakoutElements.Contains(name)) _foreignDepth = 0;
            if (_foreignDepth > 0)
            {
                // In svg and math a script or style is a foreign element: its text is ordinary.
                if (ForeignElements.Contains(name) && !(end >= 2 && _source[end - 1] == '>' && _source[end - 2] == '/')) _foreignDepth++;
                return;
            }

            if (ForeignElements.Contains(name) && !(end >= 2 && _source[end - 1] == '>' && _source[end - 2] == '/')) _foreignDepth++;
            ScanElementContent(name);
        }
        else
        {
            ScanCharacter(decodeReferences: false);
        }
    }

    private void ScanElementContent(string name)
    {
        var raw = RawTextElements.Contains(name);
        if (!raw && !EscapableRawTextElements.Contains(name) && name != "plaintext")
        {
            return;
        }

        var stop = name switch
        {
            "plaintext" => _source.Length,
            "script" => FindScriptEnd(),
            _ => FindEndTag(name),
        };
        while (_i < stop)
        {
            ScanCharacter(decodeReferences: !raw && name != "plaintext", replaceNul: true);
        }
    }

    private void ScanComment()
    {
        var start = _i;
        var contentStart = start + 4;
        int contentEnd, end;
        if (At(contentStart) == '>')
        {
            (contentEnd, end) = (contentStart, contentStart + 1);
        }
        else if (_source.AsSpan(contentStart).StartsWith("->"))
        {
            (contentEnd, end) = (contentStart, contentStart + 2);
        }
        else
        {
            var close = _source.IndexOf("-->", contentStart, StringComparison.Ordinal);
            var bang = _source.IndexOf("--!>", contentStart, StringComparison.Ordinal);
            if (bang >= 0 && (close < 0 || bang < close))
            {
                (contentEnd, end) = (bang, bang + 4);
            }
            else if (close >= 0)
            {
                (contentEnd, end) = (close, close + 3);
            }
            else
            {
                (contentEnd, end) = (_source.Length, _source.Length);
            }
        }

        Comments.Add(new MarkupComment(start, end - start, _source[contentStart..contentEnd]));
        _i = end;
    }

    // Reads a tag name and its attributes (quoted values may hold '>'); returns the lower-case
    // name and the offset after the closing '>', or the end of the source.
    private (string Name, int End) SkipTag(int nameStart)
    {
        var i = nameStart;
        while (i < _source.Length && !IsTagNameEnd(_source[i]))
        {
            i++;
        }

        var name = _source[nameStart..i].ToLowerInvariant();
        while (i < _source.Length && _source[i] != '>')
        {
            var c = _source[i];
            if (c == '=')
            {
                i++;
                while (i < _source.Length && IsSpace(_source[i]))
                {
                    i++;
                }

                if (i < _source.Length && _source[i] is '"' or '\'')
                {
                    var close = _source.IndexOf(_source[i], i + 1);
                    i = close < 0 ? _source.Length : close + 1;
                    continue;
                }
            }

            i++;
        }

        return (name, Math.Min(i + 1, _source.Length));
    }

    // A script ends at its end tag, except where HTML's escaped script data says otherwise: after
    // "<!--", a "<script" starts a double-escaped stretch in which "</script" only ends that stretch,
    // and "-->" returns to plain script data.
    private int FindScriptEnd()
    {
        const int Data = 0, Escaped = 1, DoubleEscaped = 2;
        var state = Data;
        var dashes = 0;
        for (var i = _i; i < _source.Length; i++)
        {
            var c = _source[i];
            if (state == Data)
            {
                if (c == '<' && _source.AsSpan(i).StartsWith("<!--"))
                {
                    state = Escaped;
                    dashes = 2;
                    i += 3;
                }
                else if (IsScriptTag(i, end: true, orAtEnd: true))
                {
                    return i;
                }

                continue;
            }

            if (c == '-')
            {
                dashes++;
                continue;
            }

            if (c == '>' && dashes >= 2)
            {
                state = Data;
                dashes = 0;
                continue;
            }

            dashes = 0;
            if (state == Escaped && IsScriptTag(i, end: true)) return i;
            if (state == Escaped && IsScriptTag(i, end: false))
            {
                state = DoubleEscaped;
                i += "<script".Length - 1;
            }
            else if (state == DoubleEscaped && IsScriptTag(i, end: true))
            {
                state = Escaped;
                i += "</script".Length - 1;
            }
        }

        return _source.Length;
    }

    // Whether "<script" (or "</script", for an end tag) followed by a space, '/' or '>' (or, with
    // orAtEnd, the end of the source, as FindEndTag takes it) starts at i.
    private bool IsScriptTag(int i, bool end, bool orAtEnd = false)
    {
        var nameStart = i + (end ? 2 : 1);
        var nameEnd = nameStart + "script".Length;
        return _source[i] == '<'
            && (!end || At(i + 1) == '/')
            && nameEnd <= _source.Length
            && _source.AsSpan(nameStart, "script".Length).Equals("script", StringComparison.OrdinalIgnoreCase)
            && (nameEnd == _source.Length ? orAtEnd : IsTagNameEnd(_source[nameEnd]));
    }

    private int FindEndTag(string name)
    {
        var from = _i;
        while (true)
        {
            var at = _source.IndexOf("</", from, StringComparison.Ordinal);
            if (at < 0)
            {
                return _source.Length;
            }

            var nameEnd = at + 2 + name.Length;
            if (nameEnd <= _source.Length
                && _source.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == _source.Length || IsTagNameEnd(_source[nameEnd])))
            {
                return at;
            }

            from = at + 2;
        }
    }

    private int AfterClosingBracket(int from)
    {
        var close = _source.IndexOf('>', Math.Min(from, _source.Length));
        return close < 0 ? _source.Length : close + 1;
    }

    private char At(int index) => index < _source.Length ? _source[index] : '\0';

    private static bool IsTagNameEnd(char c) => c is '>' or '/' || IsSpace(c);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
