using System.Text.Json;
using OpenRouter.Tools.OpenApiSubset;

namespace OpenRouter.Tests.Contract;

/// <summary>The contract machinery itself: the YAML-to-JSON scalar rules and the schema walk must catch what they claim to.</summary>
public class ContractToolingTests
{
    [Fact]
    public void YamlJson_QuotedScalarsStayStrings_PlainScalarsAreTyped()
    {
        var json = YamlJson.ToJson("""
            quoted_number: '42'
            double_quoted_bool: "true"
            quoted_null: 'null'
            forced: !!str 7
            number: 42
            negative: -3
            fraction: 0.00006
            exponent: 1e3
            yes: true
            no: False
            nothing: null
            tilde: ~
            empty:
            word: price
            list: [1, '1', x]
            """);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("42", root.GetProperty("quoted_number").GetString());
        Assert.Equal("true", root.GetProperty("double_quoted_bool").GetString());
        Assert.Equal("null", root.GetProperty("quoted_null").GetString());
        Assert.Equal("7", root.GetProperty("forced").GetString());
        Assert.Equal(42, root.GetProperty("number").GetInt32());
        Assert.Equal(-3, root.GetProperty("negative").GetInt32());
        Assert.Equal(0.00006m, root.GetProperty("fraction").GetDecimal());
        Assert.Equal(1000m, root.GetProperty("exponent").GetDecimal());
        Assert.True(root.GetProperty("yes").GetBoolean());
        Assert.False(root.GetProperty("no").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("nothing").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("tilde").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("empty").ValueKind);
        Assert.Equal("price", root.GetProperty("word").GetString());
        Assert.Equal("""[1,"1","x"]""", root.GetProperty("list").GetRawText());
    }

    [Fact]
    public void SchemaWalker_ReportsUnknownPaths_AndAcceptsMapsAndUnions()
    {
        using var document = JsonDocument.Parse("""
            {
              "model": "m",
              "bogus": 1,
              "metadata": {"any_key": "v"},
              "provider": {"sort": {"by": "price", "nope": 1}, "foo": true},
              "messages": [{"role": "user", "content": [{"type": "text", "text": "hi", "extra": 1}]}],
              "response_format": {"type": "json_schema", "json_schema": {"name": "n", "schema": {"anything": {"goes": 1}}}}
            }
            """);
        var walk = SchemaWalker.Walk(document.RootElement, OpenApiSpec.Schema("ChatRequest"), new[] { "$.bogus" });

        Assert.Equal(
            new[] { "$.messages[].content[].extra", "$.provider.foo", "$.provider.sort.nope" },
            walk.Unknown);
        Assert.Equal(new[] { "$.bogus" }, walk.AllowListedEmitted);
    }

    [Fact]
    public void CommittedSpecSubset_Loads_WithTheRoutesTheTestsRead()
    {
        var path = OpenApiSpec.Locate();

        Assert.EndsWith("openapi-subset.json", path, System.StringComparison.Ordinal);
        Assert.StartsWith("3.1", OpenApiSpec.Root.GetProperty("openapi").GetString(), System.StringComparison.Ordinal);
        foreach (var route in new[] { "/chat/completions", "/models", "/models/{author}/{slug}/endpoints", "/key", "/credits", "/generation" })
        {
            Assert.True(OpenApiSpec.Root.GetProperty("paths").TryGetProperty(route, out _), $"The committed spec subset lacks {route}.");
        }
    }

    [Fact]
    public void SpecSubset_DropsProse_KeepsNamesTypesEnumsExamples_AndOnlyReachableComponents()
    {
        var subset = SpecSubset.Derive("""
            openapi: 3.1.0
            info: {title: API, version: '1'}
            paths:
              /key:
                get:
                  summary: Get the key
                  operationId: getKey
                  tags: [keys]
                  x-speakeasy-name-override: get
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Key'}
                          examples:
                            one: {summary: An example, value: {label: demo, description: kept}}
              /unused:
                get:
                  responses: {'200': {description: OK}}
            components:
              schemas:
                Key:
                  type: object
                  description: A key.
                  title: Key
                  required: [label]
                  properties:
                    label: {type: string, description: The label, example: demo}
                    description: {type: string, enum: [a, b], description: A property named description}
                    limit: {$ref: '#/components/schemas/Limit'}
                Limit: {type: number, minimum: 0, description: Dollars}
                Orphan: {type: string}
            """);
        using var document = JsonDocument.Parse(subset);
        var root = document.RootElement;
        var text = root.GetRawText();

        Assert.Equal("""{"openapi":"3.1.0","paths":{"/key":{"get":{"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Key"},"examples":{"one":{"value":{"label":"demo","description":"kept"}}}}}}}}}},"components":{"schemas":{"Key":{"type":"object","required":["label"],"properties":{"label":{"type":"string","example":"demo"},"description":{"type":"string","enum":["a","b"]},"limit":{"$ref":"#/components/schemas/Limit"}}},"Limit":{"type":"number","minimum":0}}}}""",
            JsonSerializer.Serialize(root));
        Assert.DoesNotContain("Get the key", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Orphan", text, System.StringComparison.Ordinal);
    }
}
