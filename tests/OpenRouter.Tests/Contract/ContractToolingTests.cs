using System.Text.Json;

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
    public void Spec_IsFoundBesideTheRepository()
    {
        var path = OpenApiSpec.Locate();

        Assert.EndsWith("openapi.yaml", path, System.StringComparison.Ordinal);
        Assert.StartsWith("3.1", OpenApiSpec.Root.GetProperty("openapi").GetString(), System.StringComparison.Ordinal);
    }
}
