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
            if (!parsed.Strings.TryGetValue(name, out var value) || (value.Chars.Count == 0 && name != ArticleField.Body))
            {
                continue;
            }

            if (output.Length > 0 && value.Chars.Count > 0)
            {
                output.AppendSynthetic("\n\n");
            }

            var start = output.Length;
            var bodyFormat = name == ArticleField.Body ? parsed.BodyFormat : ArticleFormat.Text;
            var stringMap = MapString(value.Chars);
            SourceMap valueMap;
            IReadOnlyList<MarkupComment> valueComments = [];
            if (bodyFormat == ArticleFormat.Text)
            {
                foreach (var c in value.Chars)
                {
                    output.AppendDecoded(c.Value, c.Start, c.Length);
                }

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

    private static SourceMap MapString(List<DecodedChar> chars)
    {
        var builder = new SourceMapBuilder();
        foreach (var c in chars)
        {
            builder.AppendSpan(c.Start, c.Length);
        }

        return builder.Build();
    }

    private sealed record JsonString(string Decoded, List<DecodedChar> Chars);

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

        // Walks the string's source from its opening quote so each decoded character knows
        // the escape sequence (or plain character) it came from.
        private JsonString DecodeString(long tokenStartByte, string expected)
        {
            var i = CharOffset(tokenStartByte) + 1;
            var chars = new List<DecodedChar>(expected.Length);
            while (i < _text.Length && _text[i] != '"')
            {
                if (_text[i] != '\\')
                {
                    chars.Add(new DecodedChar(_text[i], i, 1));
                    i++;
                    continue;
                }

                var escape = _text[i + 1];
                if (escape == 'u')
                {
                    chars.Add(new DecodedChar((char)Convert.ToInt32(_text.Substring(i + 2, 4), 16), i, 6));
                    i += 6;
                    continue;
                }

                chars.Add(new DecodedChar(escape switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'b' => '\b',
                    'f' => '\f',
                    _ => escape,
                }, i, 2));
                i += 2;
            }

            var decoded = new string([.. chars.Select(c => c.Value)]);
            if (decoded != expected)
            {
                throw new InvalidOperationException("JSON string decoding disagrees with System.Text.Json.");
            }

            return new JsonString(decoded, chars);
        }

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
