using EditorialLint.Core.Articles;
using EditorialLint.Core.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditorialLint.Core.Reading;

/// <summary>
/// Reads Markdown: rules see the prose (headings, paragraphs, list items, block quotes,
/// link text, inline code, table cells), with emphasis markers, link targets, images, code blocks, HTML
/// and front matter left out. Blocks are separated by a blank line (<c>"\n\n"</c>); a soft
/// or hard line break inside a block is <c>"\n"</c>. HTML comments are kept as <see cref="MarkupComment"/>s.
/// </summary>
public sealed class MarkdownReader : IArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    /// <summary>The shared instance; the reader has no state.</summary>
    public static MarkdownReader Instance { get; } = new();

    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Markdown;

    /// <inheritdoc />
    public Article Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var extraction = new Extraction(source.Text);
        extraction.VisitBlock(Markdown.Parse(source.Text, Pipeline));
        var text = extraction.Output.ToString();
        return new Article(source, text, extraction.Output.BuildMap(), ArticleFormat.Markdown, comments: extraction.Comments);
    }

    private sealed class Extraction(string source)
    {
        private readonly List<DecodedChar> _pendingSpaces = [];
        private bool _blockPending;

        // Where the last thing taken from the source (text, space or comment) ended: inline
        // content comes in source order, so nothing later can come from before it.
        private int _consumed;
        private int _blockStart;
        private int _blockEnd;

        public MappedTextBuilder Output { get; } = new();

        public List<MarkupComment> Comments { get; } = [];

        public void VisitBlock(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or CodeBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    return;
                case HtmlBlock html:
                    CollectComments(html.Span);
                    return;
                case LeafBlock { Inline: { } inline } leaf:
                    _blockPending = true;
                    _pendingSpaces.Clear();
                    _blockStart = Math.Max(leaf.Span.Start, 0);
                    _blockEnd = leaf.Span.IsEmpty ? source.Length : Math.Min(source.Length, leaf.Span.End + 1);
                    _consumed = Math.Max(_consumed, _blockStart);
                    VisitInlines(inline);
                    _blockPending = true;
                    _pendingSpaces.Clear();
                    return;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        VisitBlock(child);
                    }

                    return;
            }
        }

        private void VisitInlines(ContainerInline container)
        {
            foreach (var inline in container)
            {
                VisitInline(inline);
            }
        }

        private void VisitInline(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendAligned(literal.Content.ToString(), literal.Span);
                    break;
                case HtmlEntityInline entity:
                    AppendEntity(entity.Transcoded.ToString(), entity.Original.ToString(), entity.Span);
                    break;
                case CodeInline code:
                    // Inline code sits inside a sentence; dropping it would leave a hole in the prose.
                    AppendAligned(code.Content, code.Span);
                    break;
                case LineBreakInline lineBreak:
                    AppendLineBreak(lineBreak.Span);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                    {
                        var at = Locate(html.Tag, html.Span);
                        if (at >= 0)
                        {
                            CollectComments(new SourceSpan(at, at + html.Tag.Length - 1));
                        }
                    }

                    break;
                case LinkInline { IsImage: true }:
                case AutolinkInline:
                    break;
                case ContainerInline children:
                    VisitInlines(children);
                    break;
            }
        }

        // Markdig's spans are exact except after tabs, where they can be off by the tab's
        // expansion; so a span is trusted only when the source there says what was parsed.
        private int Locate(string original, SourceSpan span)
        {
            if (!span.IsEmpty && span.Start >= _consumed && span.Start + original.Length <= source.Length
                && source.AsSpan(span.Start, original.Length).SequenceEqual(original))
            {
                return span.Start;
            }

            var from = Math.Min(_consumed, source.Length);
            var end = Math.Max(from, _blockEnd);
            return source.IndexOf(original, from, end - from, StringComparison.Ordinal);
        }

        // Spaces wait until the next visible character, so removed markup (an image, an
        // autolink, a comment) leaves neither leading, trailing nor doubled spaces behind.
        private void Put(char c, int sourceStart, int sourceLength)
        {
            _consumed = Math.Max(_consumed, sourceStart + sourceLength);
            if (c is ' ' or '\t')
            {
                _pendingSpaces.Add(new DecodedChar(c, sourceStart, sourceLength));
                return;
            }

            if (_blockPending)
            {
                if (Output.Length > 0)
                {
                    Output.AppendSynthetic("\n\n");
                }

                _blockPending = false;
            }
            else if (c != '\n' && _pendingSpaces.Count > 0 && Output[Output.Length - 1] != '\n')
            {
                var group = _pendingSpaces.Count - 1;
                while (group > 0 && _pendingSpaces[group - 1].Start + _pendingSpaces[group - 1].Length == _pendingSpaces[group].Start)
                {
                    group--;
                }

                for (var i = group; i < _pendingSpaces.Count; i++)
                {
                    Emit(_pendingSpaces[i]);
                }
            }

            _pendingSpaces.Clear();
            Emit(new DecodedChar(c, sourceStart, sourceLength));
        }

        private void Emit(DecodedChar c)
        {
            if (c.Length == 1 && source[c.Start] == c.Value)
            {
                Output.AppendRun(source, c.Start, 1);
            }
            else
            {
                Output.AppendDecoded(c.Value, c.Start, c.Length);
            }
        }

        private void AppendEntity(string decoded, string original, SourceSpan span)
        {
            var at = Locate(original, span);
            if (at < 0)
            {
                AppendAligned(decoded, span);
                return;
            }

            foreach (var c in decoded)
            {
                Put(c, at, original.Length);
            }
        }

        private void AppendLineBreak(SourceSpan span)
        {
            var from = Math.Max(_consumed, span.IsEmpty ? 0 : span.Start);
            for (var i = from; i < source.Length; i++)
            {
                if (source[i] == '\n')
                {
                    Put('\n', i, 1);
                    return;
                }

                if (source[i] == '\r')
                {
                    Put('\n', i, i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1);
                    return;
                }
            }
        }

        private void AppendAligned(string text, SourceSpan span)
        {
            if (text.Length == 0)
            {
                return;
            }

            var aligned = new List<DecodedChar>(text.Length);
            // A backslash in the text is read first as itself, then, if that leads nowhere, as an
            // escaped backslash ("\\n" is a backslash and an n, not a backslash and an escaped n).
            var inSpan = !span.IsEmpty && span.Start >= _consumed && span.End < source.Length;
            var trusted = inSpan && TryAlign(text, span.Start, span.End + 1, strict: true, aligned);
            if (!trusted && inSpan)
            {
                aligned.Clear();
                trusted = TryAlign(text, span.Start, span.End + 1, strict: true, aligned, escapesFirst: true);
            }

            if (!trusted)
            {
                aligned.Clear();
                TryAlign(text, Math.Min(_consumed, source.Length), Math.Max(_consumed, _blockEnd), strict: false, aligned);
            }

            foreach (var c in aligned)
            {
                Put(c.Value, c.Start, c.Length);
            }
        }

        // Walks the text against the source: plain characters, backslash escapes, and line
        // endings that became spaces (in code spans). Strict fails on anything else; lenient
        // skips ahead to the next matching character, and drops one it cannot find.
        private bool TryAlign(string text, int start, int end, bool strict, List<DecodedChar> aligned, bool escapesFirst = false)
        {
            var i = start;
            foreach (var c in text)
            {
                // Markdown escapes ASCII punctuation (and a backslash before a line ending is a hard
                // break); a backslash before anything else is itself.
                var escaped = i + 1 < end && source[i] == '\\' && source[i + 1] == c
                    && (c is > ' ' and <= '~' && !char.IsAsciiLetterOrDigit(c) || c is '\n' or '\r');
                if (escapesFirst && escaped)
                {
                    aligned.Add(new DecodedChar(c, i, 2));
                    i += 2;
                }
                else if (i < end && source[i] == c)
                {
                    aligned.Add(new DecodedChar(c, i, 1));
                    i++;
                }
                else if (escaped)
                {
                    aligned.Add(new DecodedChar(c, i, 2));
                    i += 2;
                }
                else if (c == ' ' && i < end && source[i] is '\r' or '\n')
                {
                    var length = source[i] == '\r' && i + 1 < end && source[i + 1] == '\n' ? 2 : 1;
                    aligned.Add(new DecodedChar(c, i, length));
                    i += length;
                }
                else if (strict)
                {
                    return false;
                }
                else
                {
                    var found = i < end ? source.IndexOf(c, i, end - i) : -1;
                    if (found >= 0)
                    {
                        aligned.Add(new DecodedChar(c, found, 1));
                        i = found + 1;
                    }
                }
            }

            return true;
        }

        private void CollectComments(SourceSpan span)
        {
            if (span.IsEmpty || span.Start < 0)
            {
                return;
            }

            var end = Math.Min(source.Length, span.End + 1);
            var at = source.IndexOf("<!--", span.Start, end - span.Start, StringComparison.Ordinal);
            while (at >= 0)
            {
                var close = source.IndexOf("-->", at + 4, StringComparison.Ordinal);
                var stop = close < 0 ? source.Length : close + 3;
                var inner = source[(at + 4)..(close < 0 ? source.Length : close)];
                Comments.Add(new MarkupComment(at, stop - at, inner));
                _consumed = Math.Max(_consumed, stop);
                at = stop < end ? source.IndexOf("<!--", stop, end - stop, StringComparison.Ordinal) : -1;
            }
        }
    }
}
