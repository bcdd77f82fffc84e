using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;

namespace OpenRouter.Benchmarks;

/// <summary>
/// One operation = map and serialise a 20-message conversation with 3 tools (system, user, assistant tool calls,
/// tool results, ...), send it (the handler drains the body) and read a tiny answer. The answer is the same few
/// hundred bytes for every row, so the differences are the request side. The conversation comes in English and in a
/// non-ASCII-heavy version (<see cref="Text"/>); the "Request body" column gives the bytes each row sent.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory("RequestBuilding")]
[Config(typeof(RequestBodyColumn.Config))]
public class RequestBuildingBenchmarks
{
    private Clients _clients = null!;
    private MinimalRequest _rawRequest = null!;
    private ChatCompletionRequest _coreRequest = null!;
    private List<ChatMessage> _messages = null!;
    private ChatOptions _options = null!;

    /// <summary>The conversation's language: English (a few non-ASCII signs such as ° and –) or non-ASCII-heavy.</summary>
    [Params(ConversationText.English, ConversationText.NonAscii)]
    public ConversationText Text { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var sizes = await MeasureAsync().ConfigureAwait(false);
        Console.WriteLine($"// request body bytes ({Text}, {Conversation.TextBytes(Text):N0} B of UTF-8 text): " +
            string.Join(", ", sizes.Select(s => $"{s.Key} {s.Value:N0}")));
    }

    /// <summary>
    /// Sets up the clients and the conversation, runs every row once, checks that each sent the whole conversation and
    /// read the answer, and returns the request body size of each row (by method name).
    /// </summary>
    internal async Task<Dictionary<string, long>> MeasureAsync()
    {
        _clients = new Clients(Payloads.Instance.TinyChatCompletion, eventStream: false);
        _rawRequest = Conversation.Minimal(Text);
        _coreRequest = Conversation.Core(Text);
        (_messages, _options) = Conversation.MeAi(Text);
        Validation.Expect(_messages.Count == Conversation.MessageCount && _options.Tools?.Count == 3, "the conversation is not 20 messages with 3 tools");

        var handler = _clients.Handler;
        var sizes = new Dictionary<string, long>();
        foreach (var (row, run) in new (string, Func<Task<int>>)[] { (nameof(Raw), Raw), (nameof(Core), Core), (nameof(ChatClient), ChatClient), (nameof(OpenAI), OpenAI) })
        {
            handler.KeepNextBody = true;
            Validation.Expect(await run().ConfigureAwait(false) == 2, $"{row}: wrong answer");

            // Every row must really send the whole conversation: each message's text is a string of the body.
            var strings = Conversation.StringsIn(handler.LastBody!);
            var missing = Conversation.Texts(Text).FirstOrDefault(t => !strings.Contains(t));
            Validation.Expect(missing is null, $"{row}: the request body lacks \"{missing}\"");
            sizes[row] = handler.LastRequestBytes;
        }

        return sizes;
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

/// <summary>The language of the request-building conversation.</summary>
public enum ConversationText
{
    /// <summary>English, with a few non-ASCII signs (°, –, —).</summary>
    English,

    /// <summary>The same conversation in French, Japanese, Russian, Greek and Korean, with emoji.</summary>
    NonAscii,
}

/// <summary>The 20-message, 3-tool conversation, written once per representation from one script (in two languages).</summary>
internal static class Conversation
{
    public const int MessageCount = 20;

    private const string EnglishSystem = "You are a concise travel assistant. Use the tools when they help; answer in plain text, with units.";

    private const string NonAsciiSystem = "Tu es un assistant de voyage concis. Utilise les outils quand ils aident ; réponds en texte simple, avec les unités. 簡潔な旅行アシスタントです。";

    // (kind, a, b, c): kinds are "user", "assistant", "call" (id, name, json args), "result" (id, text).
    private static readonly (string Kind, string A, string B, string C)[] s_english =
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

    // The same steps, ids and tools; the text in other scripts. Arguments and results hold non-ASCII values too.
    private static readonly (string Kind, string A, string B, string C)[] s_nonAscii =
    [
        ("user", "Quel temps fera-t-il demain à Paris et à Berlin ? Je prépare une « courte » escapade 🧳✈️.", "", ""),
        ("call", "call_w1", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"),
        ("call", "call_w2", "get_weather", "{\"city\":\"Berlin\",\"unit\":\"celsius\"}"),
        ("result", "call_w1", "{\"city\":\"Paris\",\"forecast\":\"pluie légère 🌧️\",\"high\":14,\"low\":8}", ""),
        ("result", "call_w2", "{\"city\":\"Berlin\",\"forecast\":\"bedeckt ☁️\",\"high\":11,\"low\":4}", ""),
        ("assistant", "Paris : pluie légère, 8–14 °C 🌧️. Berlin : couvert, 4–11 °C ☁️.\nPrenez une veste de pluie légère et une couche chaude.", "", ""),
        ("user", "東京は今何時ですか？", "", ""),
        ("call", "call_t1", "get_time", "{\"timezone\":\"Asia/Tokyo\"}"),
        ("result", "call_t1", "2025-06-15T22:41:07+09:00", ""),
        ("assistant", "東京は今22時41分です（UTC+9）。🕙", "", ""),
        ("user", "EU市民の日本入国ビザの規則を調べてください。", "", ""),
        ("call", "call_s1", "search_docs", "{\"query\":\"日本 ビザ EU市民 短期滞在\",\"max_results\":3}"),
        ("result", "call_s1", "1. EU市民は観光目的であれば最長90日間ビザなしで滞在できます。\n2. 滞在期間中有効なパスポートが必要です。\n3. 一部の国籍は180日まで延長できます。", ""),
        ("assistant", "EU市民は観光目的なら最長90日間ビザなしで日本に滞在できます。滞在期間中有効なパスポートをお持ちください。🛂", "", ""),
        ("user", "Спасибо! А в Берлин брать зонт?", "", ""),
        ("assistant", "Да — пасмурно, возможна морось; компактный зонт пригодится. ☂️", "", ""),
        ("user", "Ελέγξτε ξανά το Παρίσι για μεθαύριο.", "", ""),
        ("call", "call_w3", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\",\"days\":2}"),
        ("result", "call_w3", "{\"city\":\"Paris\",\"forecast\":\"ensoleillé ☀️\",\"high\":19,\"low\":10}", ""),
        ("user", "모든 내용을 세 가지 요점으로 요약해 주세요. 🙏", "", ""),
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

    private static readonly (string Name, string Description, string Schema)[] s_nonAsciiTools =
    [
        ("get_weather", "Donne la prévision météo d'une ville.",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"Nom de la ville (« Paris », « Zürich »…)\"},\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]},\"days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":7}},\"required\":[\"city\"]}"),
        ("get_time", "IANA タイムゾーンの現在の現地時刻を返します。",
            "{\"type\":\"object\",\"properties\":{\"timezone\":{\"type\":\"string\",\"description\":\"IANA タイムゾーン（例: Europe/Paris）\"}},\"required\":[\"timezone\"]}"),
        ("search_docs", "Ищет в путеводителях и возвращает лучшие отрывки.",
            "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"},\"max_results\":{\"type\":\"integer\",\"default\":3}},\"required\":[\"query\"]}"),
    ];

    /// <summary>The texts every request body must carry as strings: the system prompt, user and assistant text, tool results and descriptions.</summary>
    public static IEnumerable<string> Texts(ConversationText text) =>
        Script(text).Where(s => s.Kind != "call").Select(s => s.Kind == "result" ? s.B : s.A)
            .Append(System(text))
            .Concat(Tools(text).Select(t => t.Description));

    /// <summary>The UTF-8 size of <see cref="Texts"/>.</summary>
    public static int TextBytes(ConversationText text) => Texts(text).Sum(Encoding.UTF8.GetByteCount);

    /// <summary>Every string value in a JSON body, at any depth.</summary>
    public static HashSet<string> StringsIn(byte[] json)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                strings.Add(reader.GetString()!);
            }
        }

        return strings;
    }

    private static string System(ConversationText text) => text == ConversationText.NonAscii ? NonAsciiSystem : EnglishSystem;

    private static (string Kind, string A, string B, string C)[] Script(ConversationText text) => text == ConversationText.NonAscii ? s_nonAscii : s_english;

    private static (string Name, string Description, string Schema)[] Tools(ConversationText text) => text == ConversationText.NonAscii ? s_nonAsciiTools : s_tools;

    /// <summary>Consecutive "call" steps form one assistant message; with the system message that makes 20 messages.</summary>
    private static IEnumerable<(string Kind, List<(string Kind, string A, string B, string C)> Steps)> Messages(ConversationText text)
    {
        yield return ("system", [("system", System(text), "", "")]);
        var calls = new List<(string Kind, string A, string B, string C)>();
        foreach (var step in Script(text))
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

    public static MinimalRequest Minimal(ConversationText text) => new()
    {
        Model = Payloads.Model,
        Messages = Messages(text).Select(m => m.Kind switch
        {
            "call" => new MinimalMessage
            {
                Role = "assistant",
                ToolCalls = m.Steps.Select(s => new MinimalToolCall { Id = s.A, Function = new MinimalFunctionCall { Name = s.B, Arguments = s.C } }).ToList(),
            },
            "result" => new MinimalMessage { Role = "tool", ToolCallId = m.Steps[0].A, Content = m.Steps[0].B },
            _ => new MinimalMessage { Role = m.Kind, Content = m.Steps[0].A },
        }).ToList(),
        Tools = Tools(text).Select(t => new MinimalTool { Function = new MinimalFunction { Name = t.Name, Description = t.Description, Parameters = Parse(t.Schema) } }).ToList(),
    };

    public static ChatCompletionRequest Core(ConversationText text) => new()
    {
        Model = Payloads.Model,
        Messages = Messages(text).Select(m => m.Kind switch
        {
            "system" => ChatCompletionMessage.System(m.Steps[0].A),
            "user" => ChatCompletionMessage.User(m.Steps[0].A),
            "assistant" => ChatCompletionMessage.Assistant(m.Steps[0].A),
            "call" => ChatCompletionMessage.Assistant(m.Steps.Select(s => ChatCompletionToolCall.CreateFunctionCall(s.A, s.B, s.C)).ToList()),
            _ => ChatCompletionMessage.Tool(m.Steps[0].A, m.Steps[0].B),
        }).ToList(),
        Tools = Tools(text).Select(t => ChatCompletionTool.CreateFunction(t.Name, t.Description, Parse(t.Schema))).ToList(),
    };

    public static (List<ChatMessage> Messages, ChatOptions Options) MeAi(ConversationText text)
    {
        var messages = Messages(text).Select(m => m.Kind switch
        {
            "system" => new ChatMessage(ChatRole.System, m.Steps[0].A),
            "user" => new ChatMessage(ChatRole.User, m.Steps[0].A),
            "assistant" => new ChatMessage(ChatRole.Assistant, m.Steps[0].A),
            "call" => new ChatMessage(ChatRole.Assistant, m.Steps.Select(s => (AIContent)new FunctionCallContent(s.A, s.B, Arguments(s.C))).ToList()),
            _ => new ChatMessage(ChatRole.Tool, [new FunctionResultContent(m.Steps[0].A, m.Steps[0].B)]),
        }).ToList();
        var options = new ChatOptions
        {
            Tools = Tools(text).Select(t => (AITool)AIFunctionFactory.CreateDeclaration(t.Name, t.Description, Parse(t.Schema))).ToList(),
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
