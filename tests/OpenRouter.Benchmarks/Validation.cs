using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OpenRouter.Benchmarks;

/// <summary>
/// Correctness checks run from each GlobalSetup: every row must read the whole payload and get the expected
/// text (and tool call, reasoning, usage where the client exposes them), else the setup throws and the run fails.
/// A fast but broken path must never show up as a good number.
/// </summary>
internal static class Validation
{
    public static async Task StreamingAsync(StreamingBenchmarks bench, Payloads payloads)
    {
        var chat = bench.Chat;

        // Raw lower bound.
        var rawText = new StringBuilder();
        var rawChunks = 0;
        await foreach (var chunk in bench.RawChunksAsync().ConfigureAwait(false))
        {
            rawChunks++;
            rawText.Append(chunk.Choices is [{ Delta.Content: { } c }, ..] ? c : null);
        }

        Expect(rawChunks == Payloads.ChunkCount, $"raw: {rawChunks} chunks, expected {Payloads.ChunkCount}");
        Same(rawText.ToString(), payloads.ExpectedChatText, "raw");

        // Core.
        var coreText = new StringBuilder();
        var coreReasoning = new StringBuilder();
        var coreArguments = new StringBuilder();
        var coreChunks = 0;
        TokenUsage? usage = null;
        var before = chat.Handler.Requests;
        await foreach (var chunk in chat.Core.StreamChatCompletionAsync(bench.CoreRequest).ConfigureAwait(false))
        {
            coreChunks++;
            usage ??= chunk.Usage;
            if (chunk.Choices is [{ Delta: { } delta }, ..])
            {
                coreText.Append(delta.Content);
                coreReasoning.Append(delta.Reasoning);
                coreArguments.Append(delta.ToolCalls?.FirstOrDefault()?.Function?.Arguments);
            }
        }

        Expect(chat.Handler.Requests == before + 1, "core: expected exactly one HTTP request");
        Expect(coreChunks >= Payloads.ChunkCount, $"core: {coreChunks} chunks, expected at least {Payloads.ChunkCount}");
        Same(coreText.ToString(), payloads.ExpectedChatText, "core");
        Expect(coreReasoning.ToString() == payloads.ExpectedReasoningText, "core: reasoning differs from the payload's");
        Expect(coreArguments.ToString() == Payloads.ExpectedToolArguments, "core: tool-call arguments differ from the payload's");
        Expect(usage?.Cost is > 0, "core: no usage chunk with a cost");

        // IChatClient (ours) and OpenAIChatClient: the same stream, the same text; ours also keeps reasoning.
        var ours = await CollectAsync(chat.ChatClient, bench).ConfigureAwait(false);
        Same(ours.Text, payloads.ExpectedChatText, "IChatClient");
        Expect(ours.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Any(), "IChatClient: no reasoning content");
        Expect(string.Concat(ours.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text)) == payloads.ExpectedReasoningText,
            "IChatClient: reasoning differs from the payload's");
        ExpectToolCall(ours, "IChatClient");
        Expect(ours.Usage?.OutputTokenCount > 0, "IChatClient: no usage");

        var openAI = await CollectAsync(chat.OpenAIChatClient, bench).ConfigureAwait(false);
        Same(openAI.Text, payloads.ExpectedChatText, "OpenAIChatClient");
        ExpectToolCall(openAI, "OpenAIChatClient");

        // Semantic Kernel chat: the same stream; the tool call (not offered) comes back to the caller after one request.
        var sk = bench.SkChatClients;
        var skText = new StringBuilder();
        var skBefore = sk.Handler.Requests;
        var history = new Microsoft.SemanticKernel.ChatCompletion.ChatHistory();
        history.AddUserMessage(StreamingBenchmarks.PromptText);
        await foreach (var update in sk.SkChat.GetStreamingChatMessageContentsAsync(history).ConfigureAwait(false))
        {
            skText.Append(update.Content);
        }

        Expect(sk.Handler.Requests == skBefore + 1, $"SK chat: {sk.Handler.Requests - skBefore} HTTP requests, expected 1");
        Same(skText.ToString(), payloads.ExpectedChatText, "SK chat");

        // Semantic Kernel text generation, over the completions stream.
        var skCompletion = new StringBuilder();
        var skUpdates = 0;
        await foreach (var update in bench.Text.SkText.GetStreamingTextContentsAsync(StreamingBenchmarks.PromptText).ConfigureAwait(false))
        {
            skUpdates++;
            skCompletion.Append(update.Text);
        }

        Expect(skUpdates >= Payloads.ChunkCount - 1, $"SK text: {skUpdates} updates, expected about {Payloads.ChunkCount}");
        Same(skCompletion.ToString(), payloads.ExpectedCompletionText, "SK text");
    }

    /// <summary>
    /// Every embedding row: one HTTP request asking for the encoding the row names, and exactly the payload's vectors
    /// back, in input order, compared bit for bit (base64 carries the float32 bits; the float JSON holds each value's
    /// shortest round-trip text, so an exact parse gives the same bits).
    /// </summary>
    public static async Task EmbeddingsAsync(EmbeddingBenchmarks bench, EmbeddingPayloads payloads)
    {
        async Task Row(string row, bool base64, Func<Task<IReadOnlyList<ReadOnlyMemory<float>>>> call)
        {
            var before = bench.Handler.Requests;
            var vectors = await call().ConfigureAwait(false);
            Expect(bench.Handler.Requests == before + 1, $"{row}: {bench.Handler.Requests - before} HTTP requests, expected 1");
            Expect(bench.Handler.LastAskedForBase64 == base64, $"{row}: the request did not ask for encoding_format {(base64 ? "base64" : "float")}");
            SameVectors(vectors, payloads.Vectors, row);
        }

        static IReadOnlyList<ReadOnlyMemory<float>> Ordered<T>(IEnumerable<T> items, Func<T, int> index, Func<T, float[]?> vector) =>
            items.OrderBy(index).Select(i => (ReadOnlyMemory<float>)(vector(i) ?? [])).ToList();

        await Row("raw", base64: false, async () =>
            Ordered((await bench.RawAsync().ConfigureAwait(false)).Data!, d => d.Index, d => d.Embedding)).ConfigureAwait(false);

        EmbeddingResponse? core = null;
        await Row("core float", base64: false, async () =>
        {
            core = await bench.Core.CreateEmbeddingsAsync(bench.FloatRequest).ConfigureAwait(false);
            return Ordered(core.Data!, d => d.Index, d => d.Vector);
        }).ConfigureAwait(false);
        Expect(core?.Usage is { PromptTokens: > 0, Cost: > 0 }, "core float: no usage with tokens and cost");
        await Row("core base64", base64: true, async () =>
            Ordered((await bench.Core.CreateEmbeddingsAsync(bench.Base64Request).ConfigureAwait(false)).Data!, d => d.Index, d => d.Vector)).ConfigureAwait(false);

        GeneratedEmbeddings<Embedding<float>>? ours = null;
        await Row("ours (default encoding)", base64: true, async () =>
        {
            ours = await bench.Ours.GenerateAsync(bench.Texts).ConfigureAwait(false);
            return ours.Select(e => e.Vector).ToList();
        }).ConfigureAwait(false);
        Expect(ours?.Usage?.InputTokenCount == payloads.PromptTokens, "ours: usage not mapped");
        await Row("ours float", base64: false, async () =>
            (await bench.Ours.GenerateAsync(bench.Texts, bench.FloatOptions).ConfigureAwait(false)).Select(e => e.Vector).ToList()).ConfigureAwait(false);
        await Row("M.E.AI.OpenAI", base64: true, async () =>
            (await bench.OpenAIGenerator.GenerateAsync(bench.Texts).ConfigureAwait(false)).Select(e => e.Vector).ToList()).ConfigureAwait(false);
    }

    private static void SameVectors(IReadOnlyList<ReadOnlyMemory<float>> actual, float[][] expected, string row)
    {
        Expect(actual.Count == expected.Length, $"{row}: {actual.Count} vectors, expected {expected.Length}");
        for (var v = 0; v < expected.Length; v++)
        {
            var got = System.Runtime.InteropServices.MemoryMarshal.Cast<float, int>(actual[v].Span);
            var want = System.Runtime.InteropServices.MemoryMarshal.Cast<float, int>(expected[v].AsSpan());
            Expect(got.Length == want.Length, $"{row}: vector {v} has {got.Length} floats, expected {want.Length}");
            var at = got.SequenceEqual(want) ? -1 : got.CommonPrefixLength(want);
            Expect(at < 0, $"{row}: vector {v} differs at {at}: {(at < 0 ? 0 : actual[v].Span[at])} vs {(at < 0 ? 0 : expected[v][at])}");
        }
    }

    public static void Answer(string? actual, string expected, string row)
    {
        Expect(actual == expected, $"{row}: answer text differs from the payload's ({actual?.Length ?? 0} vs {expected.Length} chars)");
    }

    /// <summary>Fails with where the texts part, so a broken mapping is quick to find.</summary>
    public static void Same(string actual, string expected, string row)
    {
        if (actual == expected)
        {
            return;
        }

        var at = 0;
        while (at < actual.Length && at < expected.Length && actual[at] == expected[at])
        {
            at++;
        }

        static string Around(string s, int i) => s.Substring(Math.Max(0, i - 20), Math.Min(s.Length, i + 40) - Math.Max(0, i - 20));
        Expect(false, $"{row}: text differs from the payload's at char {at} ({actual.Length} vs {expected.Length} chars): " +
                      $"got '{Around(actual, at)}', expected '{Around(expected, at)}'");
    }

    public static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark setup check failed: " + message);
        }
    }

    private static async Task<ChatResponse> CollectAsync(IChatClient client, StreamingBenchmarks bench)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(bench.Messages).ConfigureAwait(false))
        {
            updates.Add(update);
        }

        Expect(updates.Count >= Payloads.ChunkCount - Payloads.ToolCallFragments - 2, $"{client.GetType().Name}: only {updates.Count} updates");
        return updates.ToChatResponse();
    }

    private static void ExpectToolCall(ChatResponse response, string row)
    {
        var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
        Expect(calls.Count == 1, $"{row}: {calls.Count} function calls, expected 1");
        Expect(calls[0].Name == Payloads.ToolName && calls[0].CallId == Payloads.ToolCallId, $"{row}: wrong function call {calls[0].Name}/{calls[0].CallId}");
        Expect(calls[0].Arguments?["city"]?.ToString() == "Paris", $"{row}: function call arguments not parsed");
    }
}
