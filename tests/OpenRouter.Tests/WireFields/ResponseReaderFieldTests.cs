using System.Text.Json;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.WireFields;

/// <summary>
/// One source of truth for responses: each response type, with every field set (found by reflection, so a field added
/// later is included), is serialized by the source-generated context and read back by its hand-written reader; every
/// property must come back equal and nothing may land in extension data. A field a reader does not bind fails naming
/// the field and the reader, not just "the JSON differs" (a re-serialized comparison would hide it: extension data
/// writes the unknown key back).
/// </summary>
public sealed class ResponseReaderFieldTests
{
    private static readonly Dictionary<string, (Type Type, string Place, Func<byte[], object> Read)> s_readers = new()
    {
        ["ChatCompletionChunkReader"] = (typeof(ChatCompletionChunk), "the hand-written chunk reader (ChatCompletionChunkReader)", json => ChatCompletionChunkReader.Read(json, new StreamStringCache())),
        ["ChatCompletionReader"] = (typeof(ChatCompletion), "the hand-written chat completion reader (ChatCompletionReader)", json => ChatCompletionReader.Read(json)),
        ["CompletionChunkReader"] = (typeof(CompletionChunk), "the hand-written completion chunk reader (CompletionChunkReader)", json => CompletionChunkReader.Read(json, new StreamStringCache())),
        ["TokenUsageReader"] = (typeof(TokenUsage), "the hand-written usage reader (TokenUsageReader)", ReadUsage),
    };

    public static TheoryData<string> Readers() => new(s_readers.Keys);

    /// <summary>Every response type the client reads; those without a hand-written reader are read by the serializer alone.</summary>
    public static TheoryData<string> ResponseTypes() =>
        [
            nameof(ChatCompletion), nameof(ChatCompletionChunk), nameof(Completion), nameof(CompletionChunk), nameof(TokenUsage),
            nameof(EmbeddingResponse), nameof(ImageResponse), nameof(TranscriptionResponse), nameof(RerankResponse),
            nameof(ImageModelInfo), nameof(ProviderInfo),
        ];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_field_of_a_filled_response_is_bound_by_its_hand_written_reader(string reader)
    {
        var (type, place, read) = s_readers[reader];
        foreach (var filled in WireFill.Shapes(type))
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(filled, OpenRouterJsonContext.Default.GetTypeInfo(type)!);

            var difference = WireCompare.Objects(filled, read(json), place);
            Assert.True(difference is null, difference);
        }
    }

    [Theory]
    [MemberData(nameof(ResponseTypes))]
    public void Every_field_of_a_filled_response_survives_the_serializer(string name)
    {
        // The reference the hand-written readers are held to: the serializer itself reads back what it wrote.
        var type = typeof(ChatCompletionRequest).Assembly.GetType("OpenRouter." + name, throwOnError: true)!;
        var typeInfo = OpenRouterJsonContext.Default.GetTypeInfo(type)!;
        foreach (var filled in WireFill.Shapes(type))
        {
            var read = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(filled, typeInfo), typeInfo)!;

            var difference = WireCompare.Objects(filled, read, "the source-generated serializer (OpenRouterJsonContext)");
            Assert.True(difference is null, difference);
        }
    }

    private static TokenUsage ReadUsage(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return TokenUsageReader.Read(ref reader)!;
    }
}
