using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;

namespace OpenRouter.Benchmarks;

/// <summary>
/// One operation = map and serialise a 20-message conversation with 3 tools (system, user, assistant tool calls,
/// tool results, ...), send it (the handler drains the body) and read a tiny answer. The answer is the same few
/// hundred bytes for every row, so the differences are the request side.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory("RequestBuilding")]
public class RequestBuildingBenchmarks
{
    private Clients _clients = null!;
    private MinimalRequest _rawRequest = null!;
    private ChatCompletionRequest _coreRequest = null!;
    private List<ChatMessage> _messages = null!;
    private ChatOptions _options = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _clients = new Clients(Payloads.Instance.TinyChatCompletion, eventStream: false);
        _rawRequest = Conversation.Minimal();
        _coreRequest = Conversation.Core();
        (_messages, _options) = Conversation.MeAi();
        Validation.Expect(_messages.Count == Conversation.MessageCount && _options.Tools?.Count == 3, "the conversation is not 20 messages with 3 tools");

        var handler = _clients.Handler;
        Validation.Expect(await Raw().ConfigureAwait(false) == 2, "raw: wrong answer");
        var rawBytes = handler.LastRequestBytes;
        Validation.Expect(await Core().ConfigureAwait(false) == 2, "core: wrong answer");
        var coreBytes = handler.LastRequestBytes;
        Validation.Expect(await ChatClient().ConfigureAwait(false) == 2, "IChatClient: wrong answer");
        var oursBytes = handler.LastRequestBytes;
        Validation.Expect(await OpenAI().ConfigureAwait(false) == 2, "OpenAIChatClient: wrong answer");
        var openAIBytes = handler.LastRequestBytes;

        // Every row must really send the whole conversation: within a factor of the minimal body's size.
        foreach (var (row, bytes) in new[] { ("core", coreBytes), ("IChatClient", oursBytes), ("OpenAIChatClient", openAIBytes) })
        {
            Validation.Expect(bytes >= rawBytes * 0.8, $"{row}: request body {bytes} B, the minimal one is {rawBytes} B");
        }

        Console.WriteLine($"// request body bytes: raw {rawBytes}, core {coreBytes}, IChatClient {oursBytes}, OpenAIChatClient {openAIBytes}");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, Description = "raw: HttpClient + minimal source-gen request (pre-built)")]
    public async Task<int> Raw()
    {
        using var response = await _clients.Raw.PostAsJsonAsync("chat/completions", _rawRequest, MinimalContext.Default.MinimalRequest).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync(MinimalContext.Default.MinimalCompletion).ConfigureAwait(false);
        return answer?.Choices?[0].Message?.Content?.Length ?? 0;
    }

    [Benchmark(Description = "core: CreateChatCompletionAsync (pre-built request)")]
    public async Task<int> Core() =>
        (await _clients.Core.CreateChatCompletionAsync(_coreRequest).ConfigureAwait(false)).Choices?[0].Message?.Content?.Length ?? 0;

    [Benchmark(Description = "ours: IChatClient.GetResponseAsync (maps M.E.AI messages + tools)")]
    public async Task<int> ChatClient() =>
        (await _clients.ChatClient.GetResponseAsync(_messages, _options).ConfigureAwait(false)).Text.Length;

    [Benchmark(Description = "M.E.AI.OpenAI 10.11: OpenAIChatClient.GetResponseAsync")]
    public async Task<int> OpenAI() =>
        (await _clients.OpenAIChatClient.GetResponseAsync(_messages, _options).ConfigureAwait(false)).Text.Length;
}

/// <summary>The 20-message, 3-tool conversation, written once per representation from one script.</summary>
internal static class Conversation
{
    public const int MessageCount = 20;

    private const string System = "You are a concise travel assistant. Use the tools when they help; answer in plain text, with units.";

    // (kind, a, b, c): kinds are "user", "assistant", "call" (id, name, json args), "result" (id, text).
    private static readonly (string Kind, string A, string B, string C)[] s_script =
    [
        ("user", "What's the weather in Paris and in Berlin tomorrow? I'm packing for a \"short\" trip.", "", ""),
        ("call", "call_w1", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"),
        ("call", "call_w2", "get_weather", "{\"city\":\"Berlin\",\"unit\":\"celsius\"}"),
        ("result", "call_w1", "{\"city\":\"Paris\",\"forecast\":\"light rain\",\"high\":14,\"low\":8}", ""),
        ("result", "call_w2", "{\"city\":\"Berlin\",\"forecast\":\"overcast\",\"high\":11,\"low\":4}", ""),
        ("assistant", "Paris: light rain, 8–14 °C. Berlin: overcast, 4–11 °C.\nPack a light rain jacket and a warm layer.", "", ""),
        ("user", "What time is it in Tokyo right now?", "", ""),
        ("call", "call_t1", "get_time", "{\"timezone\":\"Asia/Tokyo\"}"),
        ("result", "call_t1", "2025-06-15T22:41:07+09:00", ""),
        ("assistant", "It is 22:41 in Tokyo (UTC+9).", "", ""),
        ("user", "Find me the visa rules for Japan for EU citizens.", "", ""),
        ("call", "call_s1", "search_docs", "{\"query\":\"Japan visa EU citizens short stay\",\"max_results\":3}"),
        ("result", "call_s1", "1. EU citizens may stay up to 90 days without a visa for tourism.\n2. A passport valid for the whole stay is required.\n3. Some nationalities may extend to 180 days.", ""),
        ("assistant", "EU citizens can visit Japan visa-free for up to 90 days for tourism; bring a passport valid for the whole stay.", "", ""),
        ("user", "Thanks! And should I bring an umbrella to Berlin?", "", ""),
        ("assistant", "Yes — overcast with a chance of drizzle; a compact umbrella is a good idea.", "", ""),
        ("user", "Check Paris again for the day after.", "", ""),
        ("call", "call_w3", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\",\"days\":2}"),
        ("result", "call_w3", "{\"city\":\"Paris\",\"forecast\":\"sunny\",\"high\":19,\"low\":10}", ""),
        ("user", "Summarise everything in three bullet points.", "", ""),
    ];

    private static readonly (string Name, string Description, string Schema)[] s_tools =
    [
        ("get_weather", "Gets the weather forecast for a city.",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"City name\"},\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]},\"days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":7}},\"required\":[\"city\"]}"),
        ("get_time", "Gets the current local time in an IANA time zone.",
            "{\"type\":\"object\",\"properties\":{\"timezone\":{\"type\":\"string\",\"description\":\"IANA zone, e.g. Europe/Paris\"}},\"required\":[\"timezone\"]}"),
        ("search_docs", "Searches travel documents and returns the best passages.",
            "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"},\"max_results\":{\"type\":\"integer\",\"default\":3}},\"required\":[\"query\"]}"),
    ];

    /// <summary>Consecutive "call" steps form one assistant message; with the system message that makes 20 messages.</summary>
    private static IEnumerable<(string Kind, List<(string Kind, string A, string B, string C)> Steps)> Messages()
    {
        yield return ("system", [("system", System, "", "")]);
        var calls = new List<(string Kind, string A, string B, string C)>();
        foreach (var step in s_script)
        {
            if (step.Kind == "call")
            {
                calls.Add(step);
                continue;
            }

            if (calls.Count > 0)
            {
                yield return ("call", calls);
                calls = [];
            }

            yield return (step.Kind, [step]);
        }
    }

    public static MinimalRequest Minimal() => new()
    {
        Model = Payloads.Model,
        Messages = Messages().Select(m => m.Kind switch
        {
            "call" => new MinimalMessage
            {
                Role = "assistant",
                ToolCalls = m.Steps.Select(s => new MinimalToolCall { Id = s.A, Function = new MinimalFunctionCall { Name = s.B, Arguments = s.C } }).ToList(),
            },
            "result" => new MinimalMessage { Role = "tool", ToolCallId = m.Steps[0].A, Content = m.Steps[0].B },
            _ => new MinimalMessage { Role = m.Kind, Content = m.Steps[0].A },
        }).ToList(),
        Tools = s_tools.Select(t => new MinimalTool { Function = new MinimalFunction { Name = t.Name, Description = t.Description, Parameters = Parse(t.Schema) } }).ToList(),
    };

    public static ChatCompletionRequest Core() => new()
    {
        Model = Payloads.Model,
        Messages = Messages().Select(m => m.Kind switch
        {
            "system" => ChatCompletionMessage.System(m.Steps[0].A),
            "user" => ChatCompletionMessage.User(m.Steps[0].A),
            "assistant" => ChatCompletionMessage.Assistant(m.Steps[0].A),
            "call" => ChatCompletionMessage.Assistant(m.Steps.Select(s => ChatCompletionToolCall.CreateFunctionCall(s.A, s.B, s.C)).ToList()),
            _ => ChatCompletionMessage.Tool(m.Steps[0].A, m.Steps[0].B),
        }).ToList(),
        Tools = s_tools.Select(t => ChatCompletionTool.CreateFunction(t.Name, t.Description, Parse(t.Schema))).ToList(),
    };

    public static (List<ChatMessage> Messages, ChatOptions Options) MeAi()
    {
        var messages = Messages().Select(m => m.Kind switch
        {
            "system" => new ChatMessage(ChatRole.System, m.Steps[0].A),
            "user" => new ChatMessage(ChatRole.User, m.Steps[0].A),
            "assistant" => new ChatMessage(ChatRole.Assistant, m.Steps[0].A),
            "call" => new ChatMessage(ChatRole.Assistant, m.Steps.Select(s => (AIContent)new FunctionCallContent(s.A, s.B, Arguments(s.C))).ToList()),
            _ => new ChatMessage(ChatRole.Tool, [new FunctionResultContent(m.Steps[0].A, m.Steps[0].B)]),
        }).ToList();
        var options = new ChatOptions
        {
            Tools = s_tools.Select(t => (AITool)AIFunctionFactory.CreateDeclaration(t.Name, t.Description, Parse(t.Schema))).ToList(),
        };
        return (messages, options);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    // Arguments as a model's answer yields them: parsed JSON values (JsonElement), as the clients' own parsers produce.
    private static Dictionary<string, object?> Arguments(string json) =>
        Parse(json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
}
