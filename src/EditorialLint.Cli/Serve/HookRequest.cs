using System.Text;
using System.Text.Json;
using EditorialLint.Core.Articles;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// What the hook needs from a request besides the article: its <c>id</c> to echo. Each text
/// field's own string value, which offsets in the response count into, is the article's.
/// </summary>
internal sealed class HookRequest
{
    private HookRequest(JsonElement? id) => Id = id;

    /// <summary>The request's <c>id</c> when it is a string or a number, else null.</summary>
    public JsonElement? Id { get; }

    /// <summary>
    /// The <c>id</c> as text for logs and messages: the string or the number, or, for a string that
    /// does not decode (a lone surrogate escape), its JSON form as sent.
    /// </summary>
    public string? IdText => Id switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } id => Decodes(id) ? id.GetString() : id.GetRawText()[1..^1],
        { } id => id.GetRawText(),
    };

    /// <summary>
    /// Writes the <c>id</c> back as the client sent it (null when it had none): a string that does
    /// not decode is echoed in its JSON form rather than failing the answer.
    /// </summary>
    public void WriteId(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Id is not { } id) json.WriteNullValue();
        else if (id.ValueKind == JsonValueKind.String && !Decodes(id)) json.WriteRawValue(id.GetRawText(), skipInputValidation: true);
        else id.WriteTo(json);
    }

    private static bool Decodes(JsonElement id)
    {
        try
        {
            id.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the <c>id</c> of a request the CMS reader has already accepted as <paramref name="article"/>,
    /// so it is a JSON object; every other property is skipped unread.
    /// </summary>
    /// <param name="body">The request body as received.</param>
    /// <param name="article">The article read from <paramref name="body"/>.</param>
    public static HookRequest Read(ReadOnlySpan<byte> body, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Source;
        // A body in UTF-8 without a byte-order mark is already what the JSON reader reads.
        var json = source.Encoding.CodePage == Encoding.UTF8.CodePage && !source.HasBom ? body : Encoding.UTF8.GetBytes(source.Text);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        JsonElement? id = null;
        // Later duplicates win, as they do in the CMS reader.
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId) id = reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? JsonElement.ParseValue(ref reader) : null;
            else reader.Skip();
        }

        return new HookRequest(id);
    }
}
