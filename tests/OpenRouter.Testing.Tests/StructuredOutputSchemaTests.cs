using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace OpenRouter.Testing.Tests;

/// <summary>Hand-written JSON schemas: every keyword the emulator honours gives an instance that a real validator accepts.</summary>
public sealed class StructuredOutputSchemaTests
{
    private const string Library = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "kind", "version", "founded", "website", "contact", "books", "shelves", "location", "open", "rating", "motto", "id"],
          "properties": {
            "name": {"type": "string", "description": "ignored"},
            "kind": {"const": "library"},
            "version": {"type": "integer", "minimum": 3, "maximum": 3},
            "founded": {"type": "string", "format": "date"},
            "website": {"type": "string", "format": "uri"},
            "id": {"type": "string", "format": "uuid"},
            "contact": {"$ref": "#/$defs/contact"},
            "books": {"type": "array", "minItems": 3, "maxItems": 5, "uniqueItems": true, "items": {"$ref": "#/$defs/book"}},
            "shelves": {"type": "array", "maxItems": 1, "items": {"type": "string", "enum": ["fiction", "science"]}},
            "location": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/point"}]},
            "open": {"type": ["boolean", "null"]},
            "rating": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
            "motto": {"type": "string", "minLength": 40, "maxLength": 60},
            "note": {"type": "string", "maxLength": 3}
          },
          "$defs": {
            "contact": {
              "type": "object",
              "additionalProperties": false,
              "required": ["email", "phone", "updated"],
              "properties": {
                "email": {"type": "string", "format": "email"},
                "phone": {"type": "string", "pattern": "^\\+[0-9-]+$"},
                "updated": {"type": "string", "format": "date-time"}
              }
            },
            "book": {
              "type": "object",
              "additionalProperties": false,
              "required": ["title", "author", "year", "genre", "copies", "price"],
              "properties": {
                "title": {"type": "string"},
                "author": {"type": "object", "required": ["firstName", "lastName"], "properties": {"firstName": {"type": "string"}, "lastName": {"type": "string"}}},
                "year": {"type": "integer", "minimum": 1450, "maximum": 2025},
                "genre": {"enum": ["novel", "poetry", "essay"]},
                "copies": {"type": "integer", "multipleOf": 5, "minimum": 1},
                "price": {"type": "number", "minimum": 0.5, "maximum": 99}
              }
            },
            "point": {
              "type": "object",
              "additionalProperties": false,
              "required": ["latitude", "longitude"],
              "properties": {"latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}}
            }
          }
        }
        """;

    private static async Task<string> AnswerAsync(string schema, string prompt = "Describe a small library.", bool stream = false)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var (content, _) = await StructuredOutput.ChatAsync(h, StructuredOutput.ChatBody(StructuredOutput.SchemaFormat(schema), prompt, stream), stream);
        StructuredOutput.AssertValid(schema, content);
        return content;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_schema_with_defs_enums_closed_objects_arrays_and_unions_gets_a_valid_instance(bool stream)
    {
        var content = await AnswerAsync(Library, stream: stream);

        using var json = JsonDocument.Parse(content);
        var root = json.RootElement;
        Assert.Equal(
            ["name", "kind", "version", "founded", "website", "id", "contact", "books", "shelves", "location", "open", "rating", "motto", "note"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("library", root.GetProperty("kind").GetString());
        Assert.Equal(3, root.GetProperty("books").GetArrayLength());
        Assert.Equal(1, root.GetProperty("shelves").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("location").ValueKind);
        Assert.Equal("Ada", root.GetProperty("books")[0].GetProperty("author").GetProperty("firstName").GetString());
        Assert.Equal("ada.lovelace@example.com", root.GetProperty("contact").GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("""{"type":"string"}""")]
    [InlineData("""{"type":"integer","minimum":10,"exclusiveMaximum":11}""")]
    [InlineData("""{"type":"number","minimum":-5,"maximum":-4}""")]
    [InlineData("""{"type":"boolean"}""")]
    [InlineData("""{"type":"null"}""")]
    [InlineData("""{"type":["string","null"]}""")]
    [InlineData("""{"type":["integer","string"],"pattern":"^[0-9]+$"}""")]
    [InlineData("""{"enum":["red","green",null]}""")]
    [InlineData("""{"type":"string","enum":["only"]}""")]
    [InlineData("""{"const":{"a":[1,2]}}""")]
    [InlineData("""{"type":"array","minItems":4,"items":{"type":"integer"},"uniqueItems":true}""")]
    [InlineData("""{"type":"array","prefixItems":[{"type":"string"},{"type":"number"}],"items":false}""")]
    [InlineData("""{"type":"object","properties":{"a":{"type":"string"}},"required":["a","b"]}""")]
    [InlineData("""{"type":"object","minProperties":2,"additionalProperties":{"type":"boolean"}}""")]
    [InlineData("""{"oneOf":[{"type":"number"},{"type":"integer"}]}""")]
    [InlineData("""{"oneOf":[{"type":"object","properties":{"kind":{"const":"a"}},"required":["kind"]},{"type":"object","properties":{"kind":{"const":"b"}},"required":["kind"]}]}""")]
    [InlineData("""{"oneOf":[{"type":"integer","maximum":5},{"type":"integer","minimum":6}]}""")]
    [InlineData("""{"anyOf":[{"type":"string","maxLength":0,"minLength":1},{"type":"integer"}]}""")]
    [InlineData("""{"allOf":[{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]},{"properties":{"b":{"type":"string"}},"required":["b"]}]}""")]
    [InlineData("""{"type":"object","required":["next"],"properties":{"value":{"type":"integer"},"next":{"anyOf":[{"$ref":"#"},{"type":"null"}]}}}""")]
    [InlineData("""{"$schema":"http://json-schema.org/draft-07/schema#","definitions":{"tag":{"type":"string","minLength":2,"maxLength":2}},"type":"array","items":{"$ref":"#/definitions/tag"},"maxItems":1}""")]
    [InlineData("""{"type":"string","format":"date-time"}""")]
    [InlineData("""{"type":"string","format":"ipv4"}""")]
    [InlineData("""{"type":"string","format":"ipv6"}""")]
    [InlineData("""{"type":"string","format":"hostname"}""")]
    [InlineData("""{"type":"string","format":"duration"}""")]
    [InlineData("""true""")]
    [InlineData("""{}""")]
    public async Task Each_keyword_alone_gets_a_valid_instance(string schema)
    {
        await AnswerAsync(schema);
    }

    [Fact]
    public async Task The_same_schema_and_prompt_give_the_same_instance_every_time()
    {
        var first = await AnswerAsync(Library);
        var second = await AnswerAsync(Library);
        var streamed = await AnswerAsync(Library, stream: true);

        Assert.Equal(first, second);
        Assert.Equal(first, streamed);
    }

    [Fact]
    public void The_validator_rejects_a_wrong_instance()
    {
        // Guards the guard: a validator that accepted anything would make every test above pass.
        Assert.Throws<TrueException>(() => StructuredOutput.AssertValid(Library, """{"name":"x"}"""));
        Assert.Throws<TrueException>(() => StructuredOutput.AssertValid("""{"type":"string","format":"email"}""", "\"not an email\""));
    }
}
