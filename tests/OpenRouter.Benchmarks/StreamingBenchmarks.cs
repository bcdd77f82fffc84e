using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;

namespace OpenRouter.Benchmarks;

/// <summary>
/// One operation = one whole 10,000-chunk stream, read to the end by a consumer that looks at each
/// chunk's text (sums its length, so nothing is optimised away). Divide by <see cref="Payloads.ChunkCount"/>
/// for per-chunk numbers.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory("Streaming")]
public class StreamingBenchmarks
{
    private const string Prompt = "Tell me about the weather in Paris, then call the weather tool.";

    private Clients _chat = null!;
    private Clients _text = null!;
    private Clients _skChat = null!;
    private MinimalRequest _rawRequest = null!;
    private ChatCompletionRequest _coreRequest = null!;
    private CompletionRequest _completionRequest = null!;
    private List<ChatMessage> _messages = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var payloads = Payloads.Instance;
        _chat = new Clients(payloads.ChatStream, eventStream: true);
        _text = new Clients(payloads.CompletionStream, eventStream: true);
        _skChat = new Clients(payloads.ChatStream, eventStream: true);
        _rawRequest = new MinimalRequest { Model = Payloads.Model, Messages = [new MinimalMessage { Role = "user", Content = Prompt }], Stream = true };
        _coreRequest = new ChatCompletionRequest { Model = Payloads.Model, Messages = [ChatCompletionMessage.User(Prompt)] };
        _completionRequest = new CompletionRequest { Model = Payloads.Model, Prompt = Prompt };
        _messages = [new ChatMessage(ChatRole.User, Prompt)];

        await Validation.StreamingAsync(this, payloads).ConfigureAwait(false);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _chat.Dispose();
        _text.Dispose();
        _skChat.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw: HttpClient + SseParser + minimal source-gen chunk")]
    public async Task<int> Raw()
    {
        var length = 0;
        await foreach (var chunk in RawChunksAsync())
        {
            length += chunk.Choices is [{ Delta.Content: { } content }, ..] ? content.Length : 0;
        }

        return length;
    }

    [Benchmark(Description = "core: OpenRouterClient.StreamChatCompletionAsync")]
    public async Task<int> Core()
    {
        var length = 0;
        await foreach (var chunk in _chat.Core.StreamChatCompletionAsync(_coreRequest))
        {
            length += chunk.Choices is [{ Delta.Content: { } content }, ..] ? content.Length : 0;
        }

        return length;
    }

    [Benchmark(Description = "ours: IChatClient.GetStreamingResponseAsync")]
    public Task<int> ChatClient() => ReadUpdatesAsync(_chat.ChatClient);

    [Benchmark(Description = "ours: SK chat GetStreamingChatMessageContentsAsync")]
    public async Task<int> SkChat()
    {
        var length = 0;
        // A fresh history per operation: the service appends the streamed tool call to the history it is given (as SK's bridge does).
        var history = new ChatHistory();
        history.AddUserMessage(Prompt);
        await foreach (var update in _skChat.SkChat.GetStreamingChatMessageContentsAsync(history))
        {
            length += update.Content?.Length ?? 0;
        }

        return length;
    }

    [Benchmark(Description = "ours: SK text GetStreamingTextContentsAsync (completions stream)")]
    public async Task<int> SkText()
    {
        var length = 0;
        await foreach (var update in _text.SkText.GetStreamingTextContentsAsync(Prompt))
        {
            length += update.Text?.Length ?? 0;
        }

        return length;
    }

    [Benchmark(Description = "M.E.AI.OpenAI 10.11: OpenAIChatClient streaming")]
    public Task<int> OpenAI() => ReadUpdatesAsync(_chat.OpenAIChatClient);

    private async Task<int> ReadUpdatesAsync(IChatClient client)
    {
        var length = 0;
        await foreach (var update in client.GetStreamingResponseAsync(_messages))
        {
            length += update.Text.Length;
        }

        return length;
    }

    internal async IAsyncEnumerable<MinimalChunk> RawChunksAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = JsonContent.Create(_rawRequest, MinimalContext.Default.MinimalRequest),
        };
        using var response = await _chat.Raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var parser = SseParser.Create(stream, static (_, data) =>
            data.SequenceEqual("[DONE]"u8) ? null : JsonSerializer.Deserialize(data, MinimalContext.Default.MinimalChunk));
        await foreach (var item in parser.EnumerateAsync().ConfigureAwait(false))
        {
            if (item.Data is null)
            {
                yield break;
            }

            yield return item.Data;
        }
    }

    // What the setup checks reach (the benchmark methods only sum lengths).
    internal Clients Chat => _chat;

    internal Clients Text => _text;

    internal Clients SkChatClients => _skChat;

    internal ChatCompletionRequest CoreRequest => _coreRequest;

    internal List<ChatMessage> Messages => _messages;

    internal static string PromptText => Prompt;
}
