using System.Globalization;
using System.Text;
using System.Text.Json;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Reading;

/// <summary>
/// Reads a CMS article: a JSON object with <c>headline</c>, <c>standfirst</c>, <c>body</c>
/// (required), <c>format</c> (<c>text</c>, <c>markdown</c> or <c>html</c>, for the body) and
/// <c>suppressions</c> (rule ids). Rules see headline, standfirst and body separated by a
/// blank line; every character maps back through JSON escapes into the JSON source.
/// </summary>
public sealed class CmsJsonReader : IArticleReader
{
    private static readonly string[] TextFields = [ArticleField.Headline, ArticleField.Standfirst, ArticleField.Body];

    /// <summary>The shared instance; the reader has no state.</summary>
    public static CmsJsonReader Instance { get; } = new();

    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Json;

    /// <inheritdoc />
    /// <exception cref="InvalidArticleException">The JSON is malformed, or <c>body</c> is missing or mistyped.</exception>
    public Article Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parsed = new Parse(source);
        parsed.Run();

        var output = new MappedTextBuilder();
        var fields = new List<ArticleField>();
        var comments = new List<MarkupComment>();
        foreach (var name in TextFields)
        {
            if (!parsed.Strings.TryGetValue(name, out var value) || (value.Decoded.Length == 0 && name != ArticleField.Body))
            {
                continue;
            }

            if (output.Length > 0 && value.Decoded.Length > 0)
            {
                output.AppendSynthetic("\n\n");
            }

            var start = output.Length;
            var bodyFormat = name == ArticleField.Body ? parsed.BodyFormat : ArticleFormat.Text;
            var stringMap = value.Map;
            SourceMap valueMap;
            IReadOnlyList<MarkupComment> valueComments = [];
            if (bodyFormat == ArticleFormat.Text)
            {
                output.AppendMapped(value.Decoded, stringMap);
                valueMap = SourceMap.Identity(value.Decoded.Length);
            }
            else
            {
                var inner = ArticleReader.GetReader(bodyFormat).Read(new SourceText(source.Path, value.Decoded, source.Encoding, source.HasBom));
                output.AppendMapped(inner.Text, inner.Map.Compose(stringMap));
                foreach (var comment in inner.Comments)
                {
                    var (offset, length) = stringMap.ToSource(comment.Offset, comment.Length);
                    comments.Add(comment with { Offset = offset, Length = length });
                }

                valueMap = inner.Map;
                valueComments = inner.Comments;
            }

            fields.Add(new ArticleField(name, start, output.Length - start)
            {
                ValueMap = valueMap,
                Value = new FieldValue(value.Decoded, stringMap, valueComments),
            });
        }

        return new Article(source, output.ToString(), output.BuildMap(), ArticleFormat.Json, fields, comments, parsed.Suppressions);
    }

    private sealed record JsonString(string Decoded, SourceMap Map);

    private sealed class Parse(SourceText source)
    {
        private readonly string _text = source.Text;
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(source.Text);
        private LineIndex? _lines;

        public Dictionary<string, JsonString> Strings { get; } = new(StringComparer.Ordinal);

        public ArticleFormat BodyFormat { get; private set; } = ArticleFormat.Text;

        public List<string> Suppressions { get; } = [];

        public void Run()
        {
            if (string.IsNullOrWhiteSpace(_text))
            {
                throw Invalid(0, "empty input; expected a JSON object with a \"body\" string");
            }

            var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            try
            {
                reader.Read();

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Invalid(reader.TokenStartIndex, "expected a JSON object with a \"body\" string");
                }

                var objectStart = reader.TokenStartIndex;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = ReadString(ref reader, "a property name");
                    reader.Read();
                    ReadProperty(ref reader, name);
                }

                while (reader.Read())
                {
                    // Reading to the end makes the reader reject anything after the object.
                }

                if (!Strings.ContainsKey(ArticleField.Body))
                {
                    throw Invalid(objectStart, "the article has no \"body\"; add a \"body\" string with the article text");
                }
            }
            catch (JsonException e)
            {
                throw Malformed(e);
            }
        }

        private void ReadProperty(ref Utf8JsonReader reader, string name)
        {
            switch (name)
            {
                case ArticleField.Headline or ArticleField.Standfirst or ArticleField.Body:
                    if (reader.TokenType == JsonTokenType.Null && name != ArticleField.Body)
                    {
                        Strings.Remove(name);
                        return;
                    }

                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw Invalid(reader.TokenStartIndex, $"\"{name}\" must be a string");
                    }

                    Strings[name] = DecodeString(reader.TokenStartIndex, ReadString(ref reader, $"\"{name}\""));
                    return;
                case "format":
                    var format = reader.TokenType == JsonTokenType.String ? ReadString(ref reader, "\"format\"") : null;
                    BodyFormat = format switch
                    {
                        "text" => ArticleFormat.Text,
                        "markdown" => ArticleFormat.Markdown,
                        "html" => ArticleFormat.Html,
                        _ => throw Invalid(reader.TokenStartIndex, "\"format\" must be \"text\", \"markdown\" or \"html\""),
                    };
                    return;
                case "suppressions":
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw Invalid(reader.TokenStartIndex, "\"suppressions\" must be an array of rule ids");
                    }

                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            throw Invalid(reader.TokenStartIndex, "\"suppressions\" must hold only strings (rule ids)");
                        }

                        Suppressions.Add(ReadString(ref reader, "\"suppressions\""));
                    }

                    return;
                default:
                    reader.Skip();
                    return;
            }
        }

        // System.Text.Json accepts an unpaired surrogate escape while scanning but refuses to return it.
        private string ReadString(ref Utf8JsonReader reader, string what)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                throw Invalid(reader.TokenStartIndex, $"{what} holds an unpaired surrogate escape (\\uD800-\\uDFFF); escape the whole character or write it as is", e);
            }
        }

        // Walks the string's source from its opening quote, mapping each run of plain characters
        // and each escape sequence to the source it came from, and checks it against the value
        // System.Text.Json decoded.
        private JsonString DecodeString(long tokenStartByte, string expected)
        {
            var text = _text.AsSpan();
            var i = CharOffset(tokenStartByte) + 1;
            var decoded = 0;
            var map = new SourceMapBuilder();
            while (true)
            {
                var run = text[i..].IndexOfAny('"', '\\');
                if (run < 0)
                {
                    run = text.Length - i;
                }

                if (run > 0)
                {
                    if (decoded + run > expected.Length || !text.Slice(i, run).SequenceEqual(expected.AsSpan(decoded, run)))
                    {
                        throw Disagrees();
                    }

                    map.AppendRun(i, run);
                    decoded += run;
                    i += run;
                }

                if (i >= text.Length || text[i] == '"')
                {
                    break;
                }

                var (value, length) = Unescape(text, i);
                if (decoded >= expected.Length || expected[decoded] != value)
                {
                    throw Disagrees();
                }

                map.AppendSpan(i, length);
                decoded++;
                i += length;
            }

            if (decoded != expected.Length)
            {
                throw Disagrees();
            }

            return new JsonString(expected, map.Build());
        }

        // The character an escape sequence at text[i] stands for, and the sequence's length.
        private static (char Value, int Length) Unescape(ReadOnlySpan<char> text, int i)
        {
            var escape = text[i + 1];
            if (escape == 'u')
            {
                return ((char)ushort.Parse(text.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), 6);
            }

            return (escape switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                _ => escape,
            }, 2);
        }

        private static InvalidOperationException Disagrees() => new("JSON string decoding disagrees with System.Text.Json.");

        private int CharOffset(long byteOffset) => Encoding.UTF8.GetCharCount(_bytes, 0, (int)byteOffset);

        private InvalidArticleException Invalid(long byteOffset, string problem, Exception? inner = null)
        {
            _lines ??= new LineIndex(_text);
            var position = _lines.GetPosition(CharOffset(byteOffset));
            return new InvalidArticleException(source.Path, position.Line, position.Column, problem, inner);
        }

        private InvalidArticleException Malformed(JsonException e)
        {
            _lines ??= new LineIndex(_text);
            var line = (int)Math.Min((e.LineNumber ?? 0) + 1, _lines.LineCount);
            var lineStart = _lines.GetLineStart(line);
            var lineStartByte = Encoding.UTF8.GetByteCount(_text.AsSpan(0, lineStart));
            var bytesIn = (int)Math.Min(e.BytePositionInLine ?? 0, _bytes.Length - lineStartByte);
            var column = Encoding.UTF8.GetCharCount(_bytes, lineStartByte, bytesIn) + 1;
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
            }

            reason = (cut >= 0 ? reason[..cut] : reason).TrimEnd('.', ' ');
            return new InvalidArticleException(source.Path, line, column, $"not valid JSON: {reason}; fix the JSON and try again", e);
        }
    }
}
