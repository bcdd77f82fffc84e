using System.Net;
using System.Text.Json;
using OpenRouter.Serialization;
using OpenRouter.Tests.Client;

namespace OpenRouter.Tests.Routes;

/// <summary>Vectors read from JSON number arrays and from base64 float32 are identical; a vector that cannot be read names its item.</summary>
public sealed class EmbeddingVectorTests
{
    private static EmbeddingResponse Read(string json) => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.EmbeddingResponse)!;

    [Fact]
    public void Float_and_base64_encodings_give_identical_vectors()
    {
        var random = new Random(14);
        var vectors = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 3072).Select(_ => (float)((random.NextDouble() * 2) - 1) / 7f).ToArray()).ToArray();
        vectors[3][0] = float.Epsilon;
        vectors[3][1] = -0f;
        vectors[3][2] = 1e-38f;
        var floatJson = "{\"object\":\"list\",\"model\":\"m\",\"data\":["
            + string.Join(",", vectors.Select((v, i) => $"{{\"object\":\"embedding\",\"index\":{i},\"embedding\":[{string.Join(",", v.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]}}"))
            + "]}";

        var fromFloats = Read(floatJson);
        var fromBase64 = Read(RouteAnswers.Base64Embeddings(vectors));

        for (var i = 0; i < vectors.Length; i++)
        {
            Assert.Equal(vectors[i], fromFloats.Data![i].Vector);
            Assert.Equal(vectors[i], fromBase64.Data![i].Vector);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Base64_of_every_padding_decodes_exactly(int count)
    {
        var values = Enumerable.Range(1, count).Select(i => i * 0.5f).ToArray();
        Assert.Equal(values, Read(RouteAnswers.Base64Embeddings(values)).Data![0].Vector);
    }

    [Fact]
    public void Base64_with_escaped_slashes_decodes_like_the_plain_text()
    {
        // JSON may escape '/' as "\/": the escaped text goes through the unescaping path.
        var values = new[] { BitConverter.Int32BitsToSingle(unchecked((int)0xFFFFFFFF) >>> 2), 1.5f, -2f };
        var plain = RouteAnswers.Base64Embeddings(values);
        Assert.Contains('/', RouteAnswers.Base64(values));
        var escaped = plain.Replace("/", "\\/", StringComparison.Ordinal);

        Assert.Equal(values, Read(escaped).Data![0].Vector);
    }

    [Theory]
    [InlineData("AAAAAAA", "7 characters")]
    [InlineData("AAAAAAA=", "decodes to 5 bytes")]
    [InlineData("AAAAAAAA", "decodes to 6 bytes")]
    [InlineData("AA*AAA==", "not valid base64")]
    public async Task Bad_base64_is_a_protocol_error_naming_the_item(string base64, string expected)
    {
        var json = $$"""{"object":"list","model":"m","data":[{"index":0,"embedding":"AAAAAA=="},{"index":1,"embedding":"{{base64}}"}]}""";
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, json);

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = "x" }));

        Assert.Contains("data[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(20_000)]
    public void A_number_array_of_any_length_is_read_whole_into_an_exact_array(int length)
    {
        // The numbers go through a pooled buffer of 4,096 that grows: around and past its size.
        var vector = Enumerable.Range(0, length).Select(i => (i % 97) / 89f - 0.5f).ToArray();
        var numbers = string.Join(",", vector.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

        var read = Read("{\"data\":[{\"embedding\":[" + numbers + "]},{\"embedding\":[]}]}");

        Assert.Equal(vector, read.Data![0].Vector);
        Assert.Empty(read.Data![1].Vector!);
    }

    [Fact]
    public void A_vector_of_another_json_kind_is_refused()
    {
        var ex = Assert.Throws<JsonException>(() => Read("""{"data":[{"embedding":{"x":1}}]}"""));
        Assert.Contains("data[0]", ex.Message, StringComparison.Ordinal);
        var mixed = Assert.Throws<JsonException>(() => Read("""{"data":[{"embedding":[1]},{"embedding":[1,"2"]}]}"""));
        Assert.Contains("data[1]", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("position 1", mixed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vector_is_read_the_same_from_a_stream_in_small_pieces()
    {
        var vector = Enumerable.Range(0, 1000).Select(i => i / 3f).ToArray();
        var numbers = "[" + string.Join(",", vector.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
        var json = "{\"data\":[{\"embedding\":" + numbers + "},{\"embedding\":\"" + RouteAnswers.Base64(vector) + "\"}]}";
        var context = new OpenRouterJsonContext(new JsonSerializerOptions(OpenRouterJsonContext.Default.Options) { DefaultBufferSize = 16 });

        var read = JsonSerializer.Deserialize(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), context.EmbeddingResponse)!;

        Assert.All(read.Data!, item => Assert.Equal(vector, item.Vector));
    }

    [Fact]
    public async Task Vectors_arrive_in_input_order_with_their_index()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Base64Embeddings([1f], [2f], [3f]));

        var answer = await client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = new[] { "a", "b", "c" }, EncodingFormat = EmbeddingEncodingFormat.Base64 });

        Assert.Equal([0, 1, 2], answer.Data!.Select(d => d.Index));
        Assert.Equal([1f, 2f, 3f], answer.Data!.Select(d => d.Vector![0]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reading_256_vectors_of_3072_allocates_little_more_than_the_vectors(bool base64)
    {
        var random = new Random(3072);
        var vectors = Enumerable.Range(0, 256).Select(_ => Enumerable.Range(0, 3072).Select(_ => (float)random.NextDouble() - 0.5f).ToArray()).ToArray();
        var json = System.Text.Encoding.UTF8.GetBytes(base64
            ? RouteAnswers.Base64Embeddings(vectors)
            : "{\"object\":\"list\",\"model\":\"m\",\"data\":[" + string.Join(",", vectors.Select((v, i) => $"{{\"object\":\"embedding\",\"index\":{i},\"embedding\":[{string.Join(",", v.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]}}")) + "]}");
        JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.EmbeddingResponse);   // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.EmbeddingResponse)!;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var vectorBytes = 256L * ((3072 * sizeof(float)) + 24);
        Assert.Equal(vectors[255], read.Data![255].Vector);
        Assert.True(allocated < vectorBytes + (256 * 256), $"Reading allocated {allocated:N0} bytes for {vectorBytes:N0} bytes of vectors: more than the vectors and a small object per item (an intermediate string, byte[] or growing list per vector?).");
    }

    [Fact]
    public async Task An_answer_with_comments_or_trailing_commas_still_reads_like_every_other_answer()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"object":"list", /* a proxy's note */ "model":"m","data":[{"index":0,"embedding":[1,2,],},],}""");

        var answer = await client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = "x" });

        Assert.Equal([1f, 2f], answer.Data![0].Vector!);
    }
}
