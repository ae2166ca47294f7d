using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Reading;

/// <summary>
/// Reads HTML: rules see the visible text of the body. Block elements (<c>p</c>, <c>h1</c>–<c>h6</c>,
/// <c>li</c>, <c>blockquote</c>, <c>div</c>, <c>td</c> …) are separated by a blank line, <c>br</c> by a
/// line break; runs of white space collapse to one space; <c>script</c>, <c>style</c>, <c>noscript</c>,
/// <c>template</c> and elements with <c>hidden</c> are left out; character references are decoded.
/// Every character maps back to the source character or character reference it came from.
/// </summary>
/// <remarks>
/// AngleSharp builds the tree (implied and misnested tags resolved as browsers do); the
/// DOM's text is then aligned, character by character, with a scan of the source that knows
/// each character's span, because DOM text nodes carry no source offsets.
/// </remarks>
public sealed class HtmlReader : IArticleReader
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
    {
        "head", "title", "script", "style", "noscript", "template", "meta", "link", "base",
        "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "textarea", "select",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>The shared instance; the reader has no state.</summary>
    public static HtmlReader Instance { get; } = new();

    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Html;

    /// <inheritdoc />
    public Article Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var scan = HtmlSourceScanner.Scan(source.Text);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(source.Text);
        var extraction = new Extraction(source.Text, scan.Chars);
        if (document.DocumentElement is { } root)
        {
            extraction.Visit(root, visible: false);
        }

        var text = extraction.Output.ToString();
        return new Article(source, text, extraction.Output.BuildMap(), ArticleFormat.Html, comments: scan.Comments);
    }

    private sealed class Extraction(string source, List<DecodedChar> chars)
    {
        private readonly bool[] _used = new bool[chars.Count];
        private int _cursor;
        private int _preDepth;
        private string? _pendingBreak;
        private int _spaceStart = -1;
        private int _spaceEnd;

        public MappedTextBuilder Output { get; } = new();

        public void Visit(INode node, bool visible)
        {
            switch (node)
            {
                case IText text:
                    var positions = Align(text.Data);
                    if (visible)
                    {
                        for (var i = 0; i < positions.Length; i++)
                        {
                            Emit(text.Data[i], positions[i]);
                        }
                    }

                    break;
                case IElement element:
                    VisitElement(element, visible);
                    break;
            }
        }

        private void VisitElement(IElement element, bool visible)
        {
            var name = element.LocalName;
            if (element.SourceReference is { } reference)
            {
                // An element's text cannot come before its start tag in the source.
                while (_cursor < chars.Count && chars[_cursor].Start < reference.Position.Index)
                {
                    _cursor++;
                }
            }

            var inside = name == "body" || (visible && !SkippedElements.Contains(name) && !element.HasAttribute("hidden"));
            if (inside && BlockElements.Contains(name))
            {
                Break("\n\n");
            }
            else if (inside && name == "br")
            {
                Break("\n");
            }

            var pre = inside && name is "pre" or "listing" or "plaintext";
            _preDepth += pre ? 1 : 0;
            foreach (var child in element.ChildNodes)
            {
                Visit(child, inside);
            }

            if (element is IHtmlTemplateElement template)
            {
                foreach (var child in template.Content.ChildNodes)
                {
                    Visit(child, visible: false);
                }
            }

            _preDepth -= pre ? 1 : 0;
            if (inside && BlockElements.Contains(name))
            {
                Break("\n\n");
            }
        }

        // Finds where in the scanned source the DOM text came from. Normally it is the very
        // next characters; when the parser moved text (foster-parented table text) or merged
        // pieces, the node is matched as a whole elsewhere, else piece by piece, longest first.
        // Only unused characters with the same value ever match, so each maps to itself.
        private int[] Align(string data)
        {
            var positions = new int[data.Length];
            var k = 0;
            while (k < data.Length)
            {
                var remaining = data.Length - k;
                var (at, length) = MatchAt(_cursor, data, k) == remaining
                    ? (_cursor, remaining)
                    : FindMatch(data, k);
                if (length == 0)
                {
                    positions[k++] = -1;
                    continue;
                }

                for (var j = 0; j < length; j++)
                {
                    positions[k + j] = at + j;
                    _used[at + j] = true;
                }

                k += length;
                _cursor = at + length;
            }

            return positions;
        }

        private (int At, int Length) FindMatch(string data, int k)
        {
            var remaining = data.Length - k;
            var best = (At: -1, Length: 0);
            for (var pass = 0; pass < 2; pass++)
            {
                var (from, to) = pass == 0 ? (_cursor, chars.Count) : (0, Math.Min(_cursor, chars.Count));
                for (var p = from; p < to; p++)
                {
                    var length = MatchAt(p, data, k);
                    if (length == remaining)
                    {
                        return (p, length);
                    }

                    if (length > best.Length)
                    {
                        best = (p, length);
                    }
                }
            }

            return best;
        }

        private int MatchAt(int p, string data, int k)
        {
            var length = 0;
            while (p + length < chars.Count && k + length < data.Length && !_used[p + length] && chars[p + length].Value == data[k + length])
            {
                length++;
            }

            return length;
        }

        private void Break(string kind)
        {
            if (_pendingBreak != "\n\n")
            {
                _pendingBreak = kind;
            }
        }

        private void Emit(char c, int at)
        {
            if (_preDepth == 0 && c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (at >= 0)
                {
                    var decoded = chars[at];
                    _spaceStart = _spaceStart < 0 ? decoded.Start : Math.Min(_spaceStart, decoded.Start);
                    _spaceEnd = Math.Max(_spaceEnd, decoded.Start + decoded.Length);
                }
                else if (_spaceStart < 0)
                {
                    _spaceStart = _spaceEnd = Output.SourceEnd;
                }

                return;
            }

            if (Output.Length > 0)
            {
                if (_pendingBreak is { } separator)
                {
                    Output.AppendSynthetic(separator);
                }
                else if (_spaceStart >= 0 && Output[Output.Length - 1] != '\n')
                {
                    AppendSpace();
                }
            }

            _pendingBreak = null;
            _spaceStart = -1;
            _spaceEnd = 0;
            if (at < 0)
            {
                Output.AppendSynthetic(c.ToString());
                return;
            }

            var source1 = chars[at];
            if (source1.Length == 1 && source[source1.Start] == c)
            {
                Output.AppendRun(source, source1.Start, 1);
            }
            else
            {
                Output.AppendDecoded(c, source1.Start, source1.Length);
            }
        }

        private void AppendSpace()
        {
            if (_spaceEnd - _spaceStart == 1 && source[_spaceStart] == ' ')
            {
                Output.AppendRun(source, _spaceStart, 1);
            }
            else if (_spaceEnd > _spaceStart)
            {
                Output.AppendDecoded(' ', _spaceStart, _spaceEnd - _spaceStart);
            }
            else
            {
                Output.AppendSynthetic(" ", _spaceStart);
            }
        }
    }
}
