using System.Text.Json;
using EditorialLint.Core.Articles;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// What the hook needs from a request besides the article: its <c>id</c> to echo, and each
/// text field's own string value, which offsets in the response count into.
/// </summary>
internal sealed class HookRequest
{
    private HookRequest(JsonElement? id, IReadOnlyDictionary<string, string> values)
    {
        Id = id;
        Values = values;
    }

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

    /// <summary>The decoded string values of <c>headline</c>, <c>standfirst</c> and <c>body</c>.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Reads a request the CMS reader has already accepted, so it is a JSON object with a string body.</summary>
    public static HookRequest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        JsonElement? id = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        // Later duplicates win, as they do in the CMS reader.
        foreach (var property in document.RootElement.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id":
                    id = property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? property.Value.Clone() : null;
                    break;
                case ArticleField.Headline or ArticleField.Standfirst or ArticleField.Body:
                    if (property.Value.ValueKind == JsonValueKind.String) values[property.Name] = property.Value.GetString()!;
                    else values.Remove(property.Name);
                    break;
            }
        }

        return new HookRequest(id, values);
    }
}
