using System.Net;
using System.Text.Json;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

/// <summary>
/// A 404 to a chat request that asked for a strict JSON schema gets a hint naming the strict schema as the likely cause:
/// decided from the request and the status, never from OpenRouter's message (which names guardrails and data policy).
/// </summary>
public sealed class StrictSchemaHintTests
{
    private const string NoEndpoints = """{"error":{"code":404,"message":"No endpoints available matching your guardrail restrictions and data policy"}}""";

    private static ChatCompletionRequest Request(bool? strict) => new()
    {
        Model = "some/model",
        Messages = [ChatCompletionMessage.User("Give me a city.")],
        ResponseFormat = ResponseFormat.ForJsonSchema("city", JsonDocument.Parse("""{"type":"object","properties":{"name":{"type":"string"}}}""").RootElement, strict: strict),
    };

    private static (OpenRouterClient Client, ScriptedHandler Handler) Create()
    {
        var handler = new ScriptedHandler();
        return (new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-test", MaxRetries = 0 }, new HttpClient(handler)), handler);
    }

    [Fact]
    public async Task A_404_to_a_strict_request_names_the_strict_schema_and_the_fix()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.NotFound, NoEndpoints);

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request(strict: true)));

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("No endpoints available matching your guardrail restrictions and data policy", ex.ErrorMessage);
        Assert.Contains("No endpoints available", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Hint);
        Assert.EndsWith(ex.Hint, ex.Message, StringComparison.Ordinal);
        Assert.Contains("strict: true", ex.Hint, StringComparison.Ordinal);
        Assert.Contains("without strict", ex.Hint, StringComparison.Ordinal);
        Assert.Contains(ex.Hint!, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_that_starts_a_strict_stream_gets_the_same_hint()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.NotFound, NoEndpoints);

        var ex = await Assert.ThrowsAsync<OpenRouterException>(async () =>
        {
            await foreach (var _ in client.StreamChatCompletionAsync(Request(strict: true)))
            {
            }
        });

        Assert.Equal(404, ex.StatusCode);
        Assert.Contains("strict: true", ex.Hint, StringComparison.Ordinal);
        Assert.EndsWith(ex.Hint!, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public async Task A_404_to_a_request_without_strict_gets_no_hint(bool? strict)
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.NotFound, NoEndpoints);

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request(strict)));

        Assert.Null(ex.Hint);
        Assert.DoesNotContain("Hint:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_status_to_a_strict_request_gets_no_hint_and_a_stream_that_works_is_unchanged()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Invalid schema"}}""");
        handler.EnqueueSse("data: {\"id\":\"gen-1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"{}\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request(strict: true)));
        var chunks = new List<ChatCompletionChunk>();
        await foreach (var chunk in client.StreamChatCompletionAsync(Request(strict: true)))
        {
            chunks.Add(chunk);
        }

        Assert.Null(ex.Hint);
        Assert.Equal("{}", Assert.Single(chunks).Choices![0].Delta!.Content);
    }
}
