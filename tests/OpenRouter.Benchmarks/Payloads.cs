using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenRouter.Benchmarks;

/// <summary>
/// The bytes the in-memory handler serves, built once per process. They imitate what OpenRouter sends:
/// keep-alive comments, every chunk carrying id/provider/model/object/created/system_fingerprint, text with
/// JSON escapes, reasoning deltas at the start, one tool call in fragments near the end, a finish chunk,
/// a usage chunk with cost, then <c>[DONE]</c>.
/// </summary>
public sealed class Payloads
{
    /// <summary>Data events (chunks) in each stream, [DONE] and comments not counted. Per-chunk numbers divide by this.</summary>
    public const int ChunkCount = 10_000;

    /// <summary>Reasoning-delta chunks at the start of the chat stream.</summary>
    public const int ReasoningChunks = 300;

    /// <summary>Fragments of the one tool call near the end of the chat stream.</summary>
    public const int ToolCallFragments = 20;

    /// <summary>Tokens in the non-streaming answer.</summary>
    public const int AnswerTokens = 256;

    public const string Model = "openai/gpt-4o-mini";
    public const string ToolCallId = "call_Qm9vYmFyQmF6MTIzNDU2";
    public const string ToolName = "get_weather";

    private const string GenerationId = "gen-1750000000-AbCdEfGhIjKlMnOpQrSt";
    private const string Provider = "OpenAI";
    private const string Fingerprint = "fp_34a54ae93c";
    private const long Created = 1_750_000_000;
    private const string Processing = ": OPENROUTER PROCESSING\n\n";

    // Tokens as a model emits them: leading spaces, punctuation, quotes and newlines (escaped on the wire), some non-ASCII.
    private static readonly string[] s_tokens =
    [
        "The", " quick", " brown", " fox", " said", " \"hello\"", " to", " the", " lazy", " dog", ".\n",
        "Then", " it", " wrote", ":", " `x", " =", " 42;`", " and", " café", " —", " naïve", " résumé", ".\n\n",
        "-", " item", " one", "\n", "-", " item", " two", " (", "a/b", ")", " tab\there", " back\\slash", "!",
    ];

    private static readonly string[] s_reasoningTokens =
    [
        "Let", " me", " think", " about", " the", " user's", " \"question\"", ".", " First", ",", " check",
        " the", " weather", " tool", ";", " then", " answer", " briefly", ".\n",
    ];

    // The tool call's arguments, split into fragments below; JSON inside a JSON string, so every quote is escaped on the wire.
    private const string ToolArguments = "{\"city\":\"Paris\",\"country\":\"FR\",\"unit\":\"celsius\",\"days\":3,\"include\":[\"wind\",\"humidity\",\"uv\"],\"note\":\"line one\\nline two\"}";

    private Payloads()
    {
        ChatStream = BuildChatStream(withToolCall: true, out var chatText, out var reasoningText);
        ExpectedChatText = chatText;
        ExpectedReasoningText = reasoningText;
        CompletionStream = BuildCompletionStream(out var completionText);
        ExpectedCompletionText = completionText;
        ChatCompletion = BuildChatCompletion(out var answer);
        ExpectedAnswer = answer;
        TinyChatCompletion = Encoding.UTF8.GetBytes(
            "{\"id\":\"" + GenerationId + "\",\"provider\":\"" + Provider + "\",\"model\":\"" + Model + "\",\"object\":\"chat.completion\",\"created\":1750000000," +
            "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"OK\",\"refusal\":null,\"reasoning\":null},\"finish_reason\":\"stop\",\"native_finish_reason\":\"stop\",\"logprobs\":null}]," +
            "\"usage\":{\"prompt_tokens\":1450,\"completion_tokens\":1,\"total_tokens\":1451,\"cost\":0.0002181}}");
    }

    /// <summary>The shared instance (built on first use; benchmarks touch it in GlobalSetup).</summary>
    public static Payloads Instance { get; } = new();

    /// <summary>The chat stream (text/event-stream).</summary>
    public byte[] ChatStream { get; }

    /// <summary>The concatenated <c>delta.content</c> of <see cref="ChatStream"/>.</summary>
    public string ExpectedChatText { get; }

    /// <summary>The concatenated <c>delta.reasoning</c> of <see cref="ChatStream"/>.</summary>
    public string ExpectedReasoningText { get; }

    /// <summary>The legacy completions stream (text/event-stream).</summary>
    public byte[] CompletionStream { get; }

    /// <summary>The concatenated <c>text</c> of <see cref="CompletionStream"/>.</summary>
    public string ExpectedCompletionText { get; }

    /// <summary>A non-streaming chat completion with a 256-token answer (application/json).</summary>
    public byte[] ChatCompletion { get; }

    /// <summary>The answer text of <see cref="ChatCompletion"/>.</summary>
    public string ExpectedAnswer { get; }

    /// <summary>A tiny non-streaming answer, for the request-building group.</summary>
    public byte[] TinyChatCompletion { get; }

    /// <summary>The tool call's full arguments, as the fragments join up.</summary>
    public static string ExpectedToolArguments => ToolArguments;

    private static byte[] BuildChatStream(bool withToolCall, out string text, out string reasoning)
    {
        var sse = new StringBuilder(ChunkCount * 340);
        var content = new StringBuilder();
        var thinking = new StringBuilder();
        var events = 0;
        sse.Append(Processing);

        void Event(string json)
        {
            sse.Append("data: ").Append(json).Append("\n\n");
            events++;
            if (events % 500 == 0)
            {
                sse.Append(Processing);
            }
        }

        var toolChunks = withToolCall ? ToolCallFragments : 0;
        var contentChunks = ChunkCount - ReasoningChunks - toolChunks - 2; // minus the finish and usage chunks
        for (var i = 0; i < ReasoningChunks; i++)
        {
            var token = s_reasoningTokens[i % s_reasoningTokens.Length];
            thinking.Append(token);
            var t = Json(token);
            Event(ChunkHead() + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"reasoning\":" + t +
                  ",\"reasoning_details\":[{\"type\":\"reasoning.text\",\"text\":" + t + ",\"format\":\"unknown\",\"index\":0}]}," +
                  ChoiceTail("null") + "]," + Fingerprint_() + "}");
        }

        for (var i = 0; i < contentChunks; i++)
        {
            var token = s_tokens[i % s_tokens.Length];
            content.Append(token);
            Event(ChunkHead() + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":" + Json(token) + "}," +
                  ChoiceTail("null") + "]," + Fingerprint_() + "}");
        }

        var fragment = (ToolArguments.Length + ToolCallFragments - 2) / (ToolCallFragments - 1);
        for (var i = 0; i < toolChunks; i++)
        {
            string call;
            if (i == 0)
            {
                call = "{\"index\":0,\"id\":\"" + ToolCallId + "\",\"type\":\"function\",\"function\":{\"name\":\"" + ToolName + "\",\"arguments\":\"\"}}";
            }
            else
            {
                var start = Math.Min((i - 1) * fragment, ToolArguments.Length);
                var piece = i == ToolCallFragments - 1 ? ToolArguments[start..] : ToolArguments.Substring(start, Math.Min(fragment, ToolArguments.Length - start));
                call = "{\"index\":0,\"type\":\"function\",\"function\":{\"arguments\":" + Json(piece) + "}}";
            }

            Event(ChunkHead() + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" + call + "]}," +
                  ChoiceTail("null") + "]," + Fingerprint_() + "}");
        }

        var finish = withToolCall ? "\"tool_calls\"" : "\"stop\"";
        Event(ChunkHead() + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}," + ChoiceTail(finish) + "]," + Fingerprint_() + "}");
        Event(ChunkHead() + "\"choices\":[]," + Fingerprint_() + "," + Usage(1450, contentChunks + toolChunks + ReasoningChunks, ReasoningChunks) + "}");
        sse.Append("data: [DONE]\n\n");

        text = content.ToString();
        reasoning = thinking.ToString();
        return Encoding.UTF8.GetBytes(sse.ToString());
    }

    private static byte[] BuildCompletionStream(out string text)
    {
        var sse = new StringBuilder(ChunkCount * 330);
        var content = new StringBuilder();
        sse.Append(Processing);
        var textChunks = ChunkCount - 2;
        for (var i = 0; i < ChunkCount; i++)
        {
            string choices;
            if (i < textChunks)
            {
                var token = s_tokens[i % s_tokens.Length];
                content.Append(token);
                choices = "\"choices\":[{\"index\":0,\"text\":" + Json(token) + ",\"finish_reason\":null,\"native_finish_reason\":null,\"logprobs\":null}]";
            }
            else if (i == textChunks)
            {
                choices = "\"choices\":[{\"index\":0,\"text\":\"\",\"finish_reason\":\"length\",\"native_finish_reason\":\"length\",\"logprobs\":null}]";
            }
            else
            {
                choices = "\"choices\":[]," + Usage(12, textChunks, 0);
            }

            sse.Append("data: {\"id\":\"").Append(GenerationId).Append("\",\"provider\":\"").Append(Provider).Append("\",\"model\":\"").Append(Model)
               .Append("\",\"object\":\"text_completion\",\"created\":").Append(Created.ToString(CultureInfo.InvariantCulture)).Append(',')
               .Append(choices).Append(',').Append(Fingerprint_()).Append("}\n\n");
            if ((i + 1) % 500 == 0)
            {
                sse.Append(Processing);
            }
        }

        sse.Append("data: [DONE]\n\n");
        text = content.ToString();
        return Encoding.UTF8.GetBytes(sse.ToString());
    }

    private static byte[] BuildChatCompletion(out string answer)
    {
        var content = new StringBuilder();
        for (var i = 0; i < AnswerTokens; i++)
        {
            content.Append(s_tokens[i % s_tokens.Length]);
        }

        answer = content.ToString();
        var json =
            "{\"id\":\"" + GenerationId + "\",\"provider\":\"" + Provider + "\",\"model\":\"" + Model + "\",\"object\":\"chat.completion\",\"created\":1750000000," +
            "\"choices\":[{\"logprobs\":null,\"finish_reason\":\"stop\",\"native_finish_reason\":\"stop\",\"index\":0," +
            "\"message\":{\"role\":\"assistant\",\"content\":" + Json(answer) + ",\"refusal\":null,\"reasoning\":null}}]," +
            Fingerprint_() + "," + Usage(24, AnswerTokens, 0) + "}";
        return Encoding.UTF8.GetBytes(json);
    }

    private static string ChunkHead() =>
        "{\"id\":\"" + GenerationId + "\",\"provider\":\"" + Provider + "\",\"model\":\"" + Model + "\",\"object\":\"chat.completion.chunk\",\"created\":" +
        Created.ToString(CultureInfo.InvariantCulture) + ",";

    private static string ChoiceTail(string finishReason) =>
        "\"finish_reason\":" + finishReason + ",\"native_finish_reason\":" + finishReason + ",\"logprobs\":null}";

    private static string Fingerprint_() => "\"system_fingerprint\":\"" + Fingerprint + "\"";

    private static string Usage(int prompt, int completion, int reasoningTokens) =>
        "\"usage\":{\"prompt_tokens\":" + prompt.ToString(CultureInfo.InvariantCulture) +
        ",\"completion_tokens\":" + completion.ToString(CultureInfo.InvariantCulture) +
        ",\"total_tokens\":" + (prompt + completion).ToString(CultureInfo.InvariantCulture) +
        ",\"cost\":0.0061245,\"is_byok\":false,\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0}," +
        "\"cost_details\":{\"upstream_inference_cost\":null,\"upstream_inference_prompt_cost\":0.0002175,\"upstream_inference_completions_cost\":0.005907}," +
        "\"completion_tokens_details\":{\"reasoning_tokens\":" + reasoningTokens.ToString(CultureInfo.InvariantCulture) + ",\"image_tokens\":0}}";

    // JSON escaping as JavaScript's JSON.stringify does it: quotes, backslashes and control characters escaped,
    // non-ASCII left as UTF-8.
    private static string Json(string value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
