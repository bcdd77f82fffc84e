using System.Text.Json;
using Xunit.Sdk;

namespace OpenRouter.Testing.Tests;

public sealed class SpecShapeTests
{
    [Theory]
    [InlineData("{\"object\":\"list\",\"model\":\"m\",\"data\":[],\"surprise\":1}", "$.surprise: not in the spec")]
    [InlineData("{\"object\":\"list\",\"model\":\"m\"}", "misses the required \"data\"")]
    [InlineData("{\"object\":\"lists\",\"model\":\"m\",\"data\":[]}", "is not one of")]
    [InlineData("{\"object\":\"list\",\"model\":\"m\",\"data\":[{\"object\":\"embedding\",\"embedding\":true}]}", "$.data[0].embedding")]
    [InlineData("{\"object\":\"list\",\"model\":\"m\",\"data\":[],\"usage\":{\"prompt_tokens\":1.5,\"total_tokens\":2}}", "$.usage.prompt_tokens")]
    public void The_shape_check_names_what_departs_from_the_spec(string json, string expected)
    {
        using var body = JsonDocument.Parse(json);
        var failure = Assert.ThrowsAny<XunitException>(() => SpecShape.AssertMatches(body.RootElement, SpecShape.Response("/embeddings", "post")));
        Assert.Contains(expected, failure.Message, System.StringComparison.Ordinal);
    }
}
