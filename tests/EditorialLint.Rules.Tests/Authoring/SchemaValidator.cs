using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EditorialLint.Rules.Tests.Authoring;

/// <summary>
/// A JSON Schema draft 2020-12 validator for the keywords the rule pack schema uses. No validator
/// package for 2020-12 restores from the registry this project builds against (JsonSchema.Net's
/// dependency JsonPointer.Net is not served; NJsonSchema ignores if/then/else), so this one
/// implements those keywords as the specification defines them and refuses any other keyword,
/// so the schema cannot come to rely on something the tests would silently skip.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly HashSet<string> Annotations =
    [
        "$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples", "deprecated", "markdownDescription",
    ];

    private static readonly HashSet<string> Assertions =
    [
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "propertyNames", "minProperties",
        "maxProperties", "dependentRequired", "items", "minItems", "maxItems", "minLength", "pattern", "minimum",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
    ];

    private readonly JsonNode _root;

    public SchemaValidator(JsonNode root)
    {
        _root = root;
        CheckKeywords(root, "#");
    }

    /// <summary>The problems of <paramref name="instance"/>, each as "path: problem"; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "", errors);
        return errors;
    }

    /// <summary>The schema at a local reference such as <c>#/$defs/rule</c>.</summary>
    public JsonNode Resolve(string reference)
    {
        if (!reference.StartsWith("#", StringComparison.Ordinal)) throw new NotSupportedException($"only local references: {reference}");
        var node = _root;
        foreach (var raw in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node[part] ?? throw new KeyNotFoundException($"{reference}: no '{part}'");
        }

        return node;
    }

    private static void CheckKeywords(JsonNode? schema, string at)
    {
        if (schema is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False) return;
        if (schema is not JsonObject obj) throw new NotSupportedException($"{at}: a schema must be an object or a boolean");
        foreach (var (key, value) in obj)
        {
            if (!Annotations.Contains(key) && !Assertions.Contains(key)) throw new NotSupportedException($"{at}: keyword '{key}' is not supported");
            switch (key)
            {
                case "$defs" or "properties":
                    foreach (var (name, sub) in value!.AsObject()) CheckKeywords(sub, $"{at}/{key}/{name}");
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    var i = 0;
                    foreach (var sub in value!.AsArray()) CheckKeywords(sub, $"{at}/{key}/{i++}");
                    break;
                case "additionalProperties" or "propertyNames" or "items" or "not" or "if" or "then" or "else":
                    CheckKeywords(value, $"{at}/{key}");
                    break;
            }
        }
    }

    private void Validate(JsonNode schema, JsonNode? instance, string path, List<string> errors)
    {
        if (schema is JsonValue b)
        {
            if (!b.GetValue<bool>()) errors.Add($"{Show(path)}: not allowed here");
            return;
        }

        var s = schema.AsObject();
        void Fail(string problem) => errors.Add($"{Show(path)}: {problem}");

        if (s["$ref"] is { } reference) Validate(Resolve(reference.GetValue<string>()), instance, path, errors);
        if (s["type"] is { } type)
        {
            var types = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!types.Any(t => IsType(instance, t))) Fail($"expected {string.Join(" or ", types)}, got {Kind(instance)}");
        }

        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, instance)))
            Fail($"{Text(instance)} is not one of {string.Join(", ", options.Select(Text))}");
        if (s.ContainsKey("const") && !JsonNode.DeepEquals(s["const"], instance)) Fail($"expected {Text(s["const"])}");

        if (instance is JsonObject obj) ValidateObject(s, obj, path, errors, Fail);
        if (instance is JsonArray array)
        {
            if (s["items"] is { } items)
            {
                for (var i = 0; i < array.Count; i++) Validate(items, array[i], $"{path}/{i}", errors);
            }

            if (s["minItems"] is { } minItems && array.Count < minItems.GetValue<int>()) Fail($"needs at least {minItems} items");
            if (s["maxItems"] is { } maxItems && array.Count > maxItems.GetValue<int>()) Fail($"takes at most {maxItems} items");
        }

        if (instance is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            if (s["minLength"] is { } minLength && new StringInfo(text).LengthInTextElements < minLength.GetValue<int>()) Fail($"needs at least {minLength} characters");
            if (s["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>())) Fail($"'{text}' does not match {pattern}");
        }

        if (instance is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && s["minimum"] is { } minimum && number.GetValue<double>() < minimum.GetValue<double>())
            Fail($"must be at least {minimum}");

        if (s["allOf"] is JsonArray all)
        {
            foreach (var sub in all) Validate(sub!, instance, path, errors);
        }

        if (s["anyOf"] is JsonArray any)
        {
            var failures = any.Select(sub => Errors(sub!, instance, path)).ToList();
            if (failures.All(f => f.Count > 0)) Fail($"matches none of the alternatives: {string.Join(" | ", failures.Select(f => f[0]))}");
        }

        if (s["oneOf"] is JsonArray one)
        {
            var failures = one.Select(sub => Errors(sub!, instance, path)).ToList();
            var passed = failures.Count(f => f.Count == 0);
            if (passed == 0) Fail($"matches none of the alternatives: {string.Join(" | ", failures.Select(f => f[0]))}");
            else if (passed > 1) Fail($"matches {passed} alternatives where exactly one must match");
        }

        if (s["not"] is { } not && Errors(not, instance, path).Count == 0) Fail("matches a schema it must not match");
        if (s["if"] is { } condition)
        {
            var branch = Errors(condition, instance, path).Count == 0 ? s["then"] : s["else"];
            if (branch is not null) Validate(branch, instance, path, errors);
        }
    }

    private void ValidateObject(JsonObject s, JsonObject obj, string path, List<string> errors, Action<string> fail)
    {
        var properties = s["properties"] as JsonObject;
        if (properties is not null)
        {
            foreach (var (name, sub) in properties)
            {
                if (obj.TryGetPropertyValue(name, out var value)) Validate(sub!, value, $"{path}/{name}", errors);
            }
        }

        if (s["additionalProperties"] is { } additional)
        {
            foreach (var (name, value) in obj)
            {
                if (properties is null || !properties.ContainsKey(name)) Validate(additional, value, $"{path}/{name}", errors);
            }
        }

        if (s["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()).Where(n => !obj.ContainsKey(n)))
                fail($"needs '{name}'");
        }

        if (s["propertyNames"] is { } names)
        {
            foreach (var (name, _) in obj)
            {
                if (Errors(names, JsonValue.Create(name), path).Count > 0) fail($"key '{name}' is not allowed here");
            }
        }

        if (s["minProperties"] is { } min && obj.Count < min.GetValue<int>()) fail($"needs at least {min} keys");
        if (s["maxProperties"] is { } max && obj.Count > max.GetValue<int>()) fail($"takes at most {max} keys");
        if (s["dependentRequired"] is JsonObject dependent)
        {
            foreach (var (name, needs) in dependent)
            {
                if (!obj.ContainsKey(name)) continue;
                foreach (var need in needs!.AsArray().Select(n => n!.GetValue<string>()).Where(n => !obj.ContainsKey(n)))
                    fail($"'{name}' needs '{need}'");
            }
        }
    }

    private List<string> Errors(JsonNode schema, JsonNode? instance, string path)
    {
        var errors = new List<string>();
        Validate(schema, instance, path, errors);
        return errors;
    }

    private static bool IsType(JsonNode? node, string type) => type switch
    {
        "null" => node is null,
        "object" => node is JsonObject,
        "array" => node is JsonArray,
        "string" => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String,
        "boolean" => node is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        "number" => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        "integer" => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && Math.Floor(v.GetValue<double>()) == v.GetValue<double>(),
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.Number => "number",
            _ => "boolean",
        },
        _ => "unknown",
    };

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Show(string path) => path.Length == 0 ? "/" : path;
}
