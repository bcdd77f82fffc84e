using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.WireFields;

/// <summary>
/// One source of truth for the request: a <see cref="ChatCompletionRequest"/> with every field set (found by reflection,
/// so a field added later is included) is written by the hand-written <see cref="ChatCompletionRequestWriter"/> byte
/// for byte as the serializer writes it, and every wire field set is in the body. A field the writer misses fails
/// naming the field and the writer.
/// </summary>
public sealed class RequestWriterFieldTests
{
    private const string Writer = "the hand-written request writer (ChatCompletionRequestWriter)";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_field_of_a_filled_request_is_written_like_the_serializer(bool stream)
    {
        var request = WireFill.Create<ChatCompletionRequest>();
        if (stream)
        {
            // The streaming call writes stream: true whatever the request says.
            WireFill.With(request, nameof(ChatCompletionRequest.Stream), null);
        }

        var expected = JsonSerializer.SerializeToUtf8Bytes(stream ? request.WithStreamEnabled() : request, OpenRouterJsonContext.RequestBodies.ChatCompletionRequest);
        var actual = ChatCompletionRequestWriter.ToUtf8Bytes(request, stream);

        var difference = WireCompare.Json(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual), typeof(ChatCompletionRequest), Writer);
        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Every_wire_field_of_a_filled_chat_request_is_in_the_written_body()
    {
        var request = WireFill.Create<ChatCompletionRequest>();
        var body = JsonNode.Parse(ChatCompletionRequestWriter.ToUtf8Bytes(request));

        var missing = Missing(request, body, nameof(ChatCompletionRequest));
        Assert.True(missing is null, missing + $": set on the filled request, but not in the body {Writer} wrote (nor, as the writer matches it, in the serializer's: is the property [JsonIgnore]d, or its converter writing nothing?).");
    }

    [Fact]
    public void Every_wire_field_of_a_filled_completion_request_is_in_the_serialized_body()
    {
        var request = WireFill.Create<CompletionRequest>();
        var body = JsonSerializer.SerializeToNode(request, OpenRouterJsonContext.RequestBodies.CompletionRequest);

        var missing = Missing(request, body, nameof(CompletionRequest));
        Assert.True(missing is null, missing + ": set on the filled request, but not in the body the serializer wrote (is the property [JsonIgnore]d, or its converter writing nothing?).");
    }

    /// <summary>The request types of the other inference routes, written by the serializer alone.</summary>
    public static TheoryData<string> RouteRequests() =>
        [nameof(EmbeddingRequest), nameof(ImageRequest), nameof(SpeechRequest), nameof(TranscriptionRequest), nameof(RerankRequest)];

    [Theory]
    [MemberData(nameof(RouteRequests))]
    public void Every_wire_field_of_a_filled_route_request_is_in_the_serialized_body(string name)
    {
        var type = typeof(ChatCompletionRequest).Assembly.GetType("OpenRouter." + name, throwOnError: true)!;
        var request = WireFill.Create(type);
        var body = JsonSerializer.SerializeToNode(request, OpenRouterJsonContext.RequestBodies.GetTypeInfo(type)!);

        var missing = Missing(request, body, name);
        Assert.True(missing is null, missing + ": set on the filled request, but not in the body the serializer wrote (is the property [JsonIgnore]d, or its converter writing nothing?).");
    }

    [Theory]
    [MemberData(nameof(RouteRequests))]
    public void Every_field_of_a_filled_route_request_reads_back_as_written(string name)
    {
        // The converters of the request-only forms (embedding input, rerank documents) read what they write.
        var type = typeof(ChatCompletionRequest).Assembly.GetType("OpenRouter." + name, throwOnError: true)!;
        var typeInfo = OpenRouterJsonContext.RequestBodies.GetTypeInfo(type)!;
        var request = WireFill.Create(type);

        var read = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(request, typeInfo), typeInfo)!;

        var difference = WireCompare.Objects(request, read, "the source-generated serializer (OpenRouterJsonContext)");
        Assert.True(difference is null, difference);
    }

    /// <summary>The first wire field set on <paramref name="value"/> whose name is not in <paramref name="json"/>, walking both together.</summary>
    private static string? Missing(object value, JsonNode? json, string path)
    {
        var type = value.GetType();
        if (json is JsonArray array && value is System.Collections.IEnumerable items and not string)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (item is not null && Missing(item, array[i], $"{path}[{i}]") is { } inner)
                {
                    return inner;
                }

                i++;
            }

            return null;
        }

        if (json is not JsonObject body || !WireMembers.IsWireObject(type))
        {
            return null;
        }

        foreach (var member in WireMembers.Of(type))
        {
            if (member.Property.GetValue(value) is not { } field)
            {
                continue;
            }

            if (!body.ContainsKey(member.WireName))
            {
                return $"{member} at {path}.{member.Property.Name}";
            }

            if (Missing(field, body[member.WireName], $"{path}.{member.Property.Name}") is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
