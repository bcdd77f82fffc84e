using System.Net;
using System.Text;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

/// <summary>
/// The transport-level bugs of gopenrouter 0.4.0 (api-reference section 10.2, items 3 to 7), each proven absent here.
/// The wire-type bugs (1, 2, 8 to 13) are in Serialization/GopenrouterBugTests.
/// </summary>
public sealed class GopenrouterTransportBugTests
{
    private static (OpenRouterClient Client, ScriptedHandler Handler) Create()
    {
        var handler = new ScriptedHandler();
        return (new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-bugs", MaxRetries = 0 }, new HttpClient(handler)), handler);
    }

    private static ChatCompletionRequest Request() => new() { Model = "m", Messages = [ChatCompletionMessage.User("hi")] };

    private static async Task<int> DrainAsync(IAsyncEnumerable<ChatCompletionChunk> stream)
    {
        var n = 0;
        await foreach (var _ in stream)
        {
            n++;
        }

        return n;
    }

    [Fact]
    public async Task Gopenrouter_Bug3_a_200_error_body_is_an_error_not_an_empty_response()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"error":{"code":502,"message":"Provider returned error"},"user_id":"user_1"}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(502, ex.StatusCode);
    }

    [Fact]
    public async Task Gopenrouter_Bug4_a_mid_stream_error_is_visible_as_a_typed_exception()
    {
        var (client, handler) = Create();
        handler.EnqueueSse("data: {\"id\":\"g\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"},\"finish_reason\":null}]}\n\ndata: {\"id\":\"g\",\"error\":{\"code\":\"server_error\",\"message\":\"Upstream failed\"},\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}\n\n");

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(() => DrainAsync(client.StreamChatCompletionAsync(Request())));

        Assert.Equal("server_error", ex.ErrorCode);
        Assert.Equal("Upstream failed", ex.ErrorMessage);
    }

    [Fact]
    public async Task Gopenrouter_Bug5_a_line_far_beyond_64_KiB_is_read()
    {
        var (client, handler) = Create();
        var image = "data:image/png;base64," + new string('A', 2 * 1024 * 1024);
        handler.EnqueueSse($"data: {{\"id\":\"g\",\"choices\":[{{\"index\":0,\"delta\":{{\"images\":[{{\"type\":\"image_url\",\"image_url\":{{\"url\":\"{image}\"}}}}]}},\"finish_reason\":\"stop\"}}]}}\n\ndata: [DONE]\n\n");

        var chunks = new List<ChatCompletionChunk>();
        await foreach (var chunk in client.StreamChatCompletionAsync(Request()))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(image, chunks.Single().Choices![0].Delta!.Images![0].ImageUrl!.Url);
    }

    [Fact]
    public async Task Gopenrouter_Bug6_malformed_chunks_are_not_skipped_and_data_without_a_space_is_read()
    {
        var (client, handler) = Create();
        handler.EnqueueSse("data:{\"id\":\"g\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"},\"finish_reason\":null}]}\n\ndata: {not json}\n\ndata: [DONE]\n\n");

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => DrainAsync(client.StreamChatCompletionAsync(Request())));

        Assert.Equal(1, ex.EventIndex);
    }

    [Fact]
    public async Task Gopenrouter_Bug7_a_non_sse_200_to_a_streaming_request_is_not_an_empty_success()
    {
        var (client, handler) = Create();
        handler.Enqueue(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"g","choices":[]}""", Encoding.UTF8, "application/json") });

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => DrainAsync(client.StreamChatCompletionAsync(Request())));

        Assert.Contains("text/event-stream", ex.Message, StringComparison.Ordinal);
    }
}
