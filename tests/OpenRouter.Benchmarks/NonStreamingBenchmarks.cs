using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;

namespace OpenRouter.Benchmarks;

/// <summary>One operation = one request and its non-streamed 256-token answer (about 1.2 KB of text).</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory("NonStreaming")]
public class NonStreamingBenchmarks
{
    private const string Prompt = "Write a short note about a quick brown fox.";

    private Clients _clients = null!;
    private MinimalRequest _rawRequest = null!;
    private ChatCompletionRequest _coreRequest = null!;
    private List<ChatMessage> _messages = null!;
    private ChatHistory _history = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var payloads = Payloads.Instance;
        _clients = new Clients(payloads.ChatCompletion, eventStream: false);
        _rawRequest = new MinimalRequest { Model = Payloads.Model, Messages = [new MinimalMessage { Role = "user", Content = Prompt }] };
        _coreRequest = new ChatCompletionRequest { Model = Payloads.Model, Messages = [ChatCompletionMessage.User(Prompt)] };
        _messages = [new ChatMessage(ChatRole.User, Prompt)];
        _history = new ChatHistory();
        _history.AddUserMessage(Prompt);

        var expected = payloads.ExpectedAnswer;
        var raw = await RawAsync().ConfigureAwait(false);
        Validation.Answer(raw.Choices?[0].Message?.Content, expected, "raw");
        var core = await _clients.Core.CreateChatCompletionAsync(_coreRequest).ConfigureAwait(false);
        Validation.Answer(core.Choices?[0].Message?.Content, expected, "core");
        Validation.Expect(core.Usage?.Cost is > 0, "core: no usage cost");
        var ours = await _clients.ChatClient.GetResponseAsync(_messages).ConfigureAwait(false);
        Validation.Answer(ours.Text, expected, "IChatClient");
        Validation.Expect(ours.Usage?.OutputTokenCount == Payloads.AnswerTokens, "IChatClient: usage not mapped");
        var sk = await _clients.SkChat.GetChatMessageContentsAsync(_history).ConfigureAwait(false);
        Validation.Answer(sk.Single().Content, expected, "SK chat");
        var openAI = await _clients.OpenAIChatClient.GetResponseAsync(_messages).ConfigureAwait(false);
        Validation.Answer(openAI.Text, expected, "OpenAIChatClient");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, Description = "raw: HttpClient + minimal source-gen answer")]
    public async Task<int> Raw() => (await RawAsync().ConfigureAwait(false)).Choices?[0].Message?.Content?.Length ?? 0;

    [Benchmark(Description = "core: OpenRouterClient.CreateChatCompletionAsync")]
    public async Task<int> Core() => (await _clients.Core.CreateChatCompletionAsync(_coreRequest).ConfigureAwait(false)).Choices?[0].Message?.Content?.Length ?? 0;

    [Benchmark(Description = "ours: IChatClient.GetResponseAsync")]
    public async Task<int> ChatClient() => (await _clients.ChatClient.GetResponseAsync(_messages).ConfigureAwait(false)).Text.Length;

    [Benchmark(Description = "ours: SK chat GetChatMessageContentsAsync")]
    public async Task<int> SkChat() => (await _clients.SkChat.GetChatMessageContentsAsync(_history).ConfigureAwait(false))[0].Content?.Length ?? 0;

    [Benchmark(Description = "M.E.AI.OpenAI 10.11: OpenAIChatClient.GetResponseAsync")]
    public async Task<int> OpenAI() => (await _clients.OpenAIChatClient.GetResponseAsync(_messages).ConfigureAwait(false)).Text.Length;

    private async Task<MinimalCompletion> RawAsync()
    {
        using var response = await _clients.Raw.PostAsJsonAsync("chat/completions", _rawRequest, MinimalContext.Default.MinimalRequest).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(MinimalContext.Default.MinimalCompletion).ConfigureAwait(false)
            ?? throw new JsonException("empty answer");
    }
}
