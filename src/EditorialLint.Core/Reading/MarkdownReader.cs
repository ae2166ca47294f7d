using EditorialLint.Core.Articles;
using EditorialLint.Core.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditorialLint.Core.Reading;

/// <summary>
/// Reads Markdown: rules see the prose (headings, paragraphs, list items, block quotes,
/// link text, inline code), with emphasis markers, link targets, images, code blocks, HTML
/// and front matter left out. Blocks are separated by a blank line (<c>"\n\n"</c>); a soft
/// or hard line break inside a block is <c>"\n"</c>. HTML comments are kept as <see cref="MarkupComment"/>s.
/// </summary>
public sealed class MarkdownReader : IArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
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
                    VisitInlines(inline, leaf.Span);
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

        private void VisitInlines(ContainerInline container, SourceSpan blockSpan)
        {
            foreach (var inline in container)
            {
                VisitInline(inline, blockSpan);
            }
        }

        private void VisitInline(Inline inline, SourceSpan blockSpan)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendAligned(literal.Content.ToString(), literal.Span, blockSpan);
                    break;
                case HtmlEntityInline entity:
                    AppendDecoded(entity.Transcoded.ToString(), entity.Span, blockSpan);
                    break;
                case CodeInline code:
                    // Inline code sits inside a sentence; dropping it would leave a hole in the prose.
                    AppendAligned(code.Content, InnerSpan(code.Span, code.DelimiterCount), blockSpan);
                    break;
                case LineBreakInline lineBreak:
                    AppendLineBreak(lineBreak.Span);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                    {
                        CollectComments(html.Span);
                    }

                    break;
                case LinkInline { IsImage: true }:
                case AutolinkInline:
                    break;
                case ContainerInline children:
                    VisitInlines(children, blockSpan);
                    break;
            }
        }

        private static SourceSpan InnerSpan(SourceSpan span, int delimiterCount) =>
            span.IsEmpty ? span : new SourceSpan(span.Start + delimiterCount, span.End - delimiterCount);

        // Spaces wait until the next visible character, so removed markup (an image, an
        // autolink, a comment) leaves neither leading, trailing nor doubled spaces behind.
        private void Put(char c, int sourceStart, int sourceLength)
        {
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

        private void AppendDecoded(string text, SourceSpan span, SourceSpan blockSpan)
        {
            if (span.IsEmpty || span.Start < 0)
            {
                AppendAligned(text, span, blockSpan);
                return;
            }

            foreach (var c in text)
            {
                Put(c, span.Start, span.Length);
            }
        }

        private void AppendLineBreak(SourceSpan span)
        {
            var from = span.IsEmpty ? Output.SourceEnd : Math.Max(span.Start, 0);
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

        // Literal content is normally the source slice itself; walking it against the source
        // also covers backslash escapes and keeps the map right if a slice ever differs.
        private void AppendAligned(string text, SourceSpan span, SourceSpan blockSpan)
        {
            if (text.Length == 0)
            {
                return;
            }

            var valid = !span.IsEmpty && span.Start >= 0 && span.End < source.Length;
            var i = valid ? span.Start : Math.Max(Output.SourceEnd, Math.Max(blockSpan.Start, 0));
            var end = valid ? span.End + 1 : Math.Min(source.Length, blockSpan.End + 1);
            foreach (var c in text)
            {
                if (i < end && source[i] == c)
                {
                    Put(c, i, 1);
                    i++;
                }
                else if (i + 1 < end && source[i] == '\\' && source[i + 1] == c)
                {
                    Put(c, i, 2);
                    i += 2;
                }
                else if (c == ' ' && i < end && source[i] is '\r' or '\n')
                {
                    var length = source[i] == '\r' && i + 1 < end && source[i + 1] == '\n' ? 2 : 1;
                    Put(c, i, length);
                    i += length;
                }
                else
                {
                    var found = i < end ? source.IndexOf(c, i, end - i) : -1;
                    if (found >= 0)
                    {
                        Put(c, found, 1);
                        i = found + 1;
                    }
                }
            }
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
                at = stop < end ? source.IndexOf("<!--", stop, end - stop, StringComparison.Ordinal) : -1;
            }
        }
    }
}
