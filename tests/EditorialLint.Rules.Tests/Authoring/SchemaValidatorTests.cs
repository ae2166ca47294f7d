using System.Text.Json.Nodes;

namespace EditorialLint.Rules.Tests.Authoring;

/// <summary>The test-side JSON Schema validator and YAML-to-JSON reading that the schema tests stand on.</summary>
public class SchemaValidatorTests
{
    private static IReadOnlyList<string> Validate(string schema, string instanceJson) =>
        new SchemaValidator(JsonNode.Parse(schema)!).Validate(JsonNode.Parse(instanceJson));

    [Theory]
    [InlineData("""{"type": "string"}""", "\"a\"", "1")]
    [InlineData("""{"type": "integer"}""", "3", "3.5")]
    [InlineData("""{"enum": ["a", true]}""", "true", "\"b\"")]
    [InlineData("""{"const": "a"}""", "\"a\"", "\"b\"")]
    [InlineData("""{"required": ["a"]}""", """{"a": 1}""", """{"b": 1}""")]
    [InlineData("""{"properties": {"a": {"type": "string"}}}""", """{"a": "x", "b": 1}""", """{"a": 1}""")]
    [InlineData("""{"properties": {"a": true}, "additionalProperties": false}""", """{"a": 1}""", """{"a": 1, "b": 2}""")]
    [InlineData("""{"propertyNames": {"enum": ["a"]}}""", """{"a": 1}""", """{"b": 1}""")]
    [InlineData("""{"minProperties": 1, "maxProperties": 1}""", """{"a": 1}""", """{}""")]
    [InlineData("""{"minProperties": 1, "maxProperties": 1}""", """{"a": 1}""", """{"a": 1, "b": 2}""")]
    [InlineData("""{"dependentRequired": {"a": ["b"]}}""", """{"a": 1, "b": 2}""", """{"a": 1}""")]
    [InlineData("""{"items": {"type": "string"}, "minItems": 1}""", """["a"]""", """[1]""")]
    [InlineData("""{"items": {"type": "string"}, "minItems": 1}""", """["a"]""", """[]""")]
    [InlineData("""{"minLength": 2, "pattern": "^[a-z]+$"}""", "\"ab\"", "\"a\"")]
    [InlineData("""{"minLength": 2, "pattern": "^[a-z]+$"}""", "\"ab\"", "\"A1\"")]
    [InlineData("""{"minimum": 0}""", "0", "-1")]
    [InlineData("""{"allOf": [{"type": "integer"}, {"minimum": 2}]}""", "2", "1")]
    [InlineData("""{"anyOf": [{"type": "string"}, {"type": "array"}]}""", "[]", "1")]
    [InlineData("""{"oneOf": [{"type": "integer"}, {"minimum": 2}]}""", "1", "3")]
    [InlineData("""{"not": {"required": ["a"]}}""", """{"b": 1}""", """{"a": 1}""")]
    [InlineData("""{"if": {"properties": {"k": {"const": "x"}}}, "then": {"required": ["a"]}, "else": {"required": ["b"]}}""", """{"k": "x", "a": 1}""", """{"k": "x", "b": 1}""")]
    [InlineData("""{"if": {"properties": {"k": {"const": "x"}}}, "then": {"required": ["a"]}, "else": {"required": ["b"]}}""", """{"k": "y", "b": 1}""", """{"k": "y", "a": 1}""")]
    [InlineData("""{"$defs": {"s": {"type": "string"}}, "properties": {"a": {"$ref": "#/$defs/s"}}}""", """{"a": "x"}""", """{"a": 1}""")]
    public void Validate_EachKeyword_PassesAndFails(string schema, string passing, string failing)
    {
        Assert.Empty(Validate(schema, passing));
        Assert.NotEmpty(Validate(schema, failing));
    }

    [Fact]
    public void Validate_NamesThePathOfTheProblem()
    {
        var errors = Validate("""{"properties": {"rules": {"items": {"required": ["id"]}}}}""", """{"rules": [{"id": 1}, {}]}""");
        Assert.Equal(["/rules/1: needs 'id'"], errors);
    }

    [Fact]
    public void Constructor_KeywordItDoesNotImplement_IsRefused()
    {
        var e = Assert.Throws<NotSupportedException>(() => new SchemaValidator(JsonNode.Parse("""{"properties": {"a": {"unevaluatedProperties": false}}}""")!));
        Assert.Contains("unevaluatedProperties", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlJson_ReadsScalarsAsYaml12CoreSchema()
    {
        var json = YamlJson.Parse("""
            a: true
            b: "true"
            c: on
            d: yes
            e: 12
            f: '12'
            g: 1.5
            h: ~
            i: [x, 'y']
            j: {k: v}
            """)!;

        Assert.Equal("""{"a":true,"b":"true","c":"on","d":"yes","e":12,"f":"12","g":1.5,"h":null,"i":["x","y"],"j":{"k":"v"}}""",
            json.ToJsonString());
    }
}
