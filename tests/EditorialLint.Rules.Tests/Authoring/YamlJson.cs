using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Rules.Tests.Authoring;

/// <summary>
/// YAML to JSON as an editor's YAML language server sees it: YAML 1.2's core schema, so only plain
/// scalars turn into null, booleans and numbers ('on' and 'yes' stay strings), quoted ones stay strings.
/// </summary>
internal static partial class YamlJson
{
    [GeneratedRegex("^(?:null|Null|NULL|~|)$")]
    private static partial Regex Null();

    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex Bool();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Int();

    [GeneratedRegex("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    /// <summary>The first document of <paramref name="yaml"/> as JSON.</summary>
    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    /// <summary>One node as JSON.</summary>
    public static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                    obj[((YamlScalarNode)key).Value ?? ""] = Convert(value);
                return obj;
            case YamlSequenceNode seq:
                return new JsonArray(seq.Children.Select(Convert).ToArray());
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var plain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
        if (!plain) return JsonValue.Create(text);
        if (Null().IsMatch(text)) return null;
        if (Bool().IsMatch(text)) return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        // Numbers go through the JSON parser, so they compare and convert as numbers read from a .json file do.
        if (Int().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            return JsonNode.Parse(l.ToString(CultureInfo.InvariantCulture));
        if (Float().IsMatch(text)) return JsonNode.Parse(double.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }
}
