using System.Text;
using System.Text.Json;
using OpenRouter.Serialization;
using OpenRouter.Transport;

namespace OpenRouter.Tests.Serialization;

/// <summary>The hand-written streaming chunk reader builds exactly what the source-generated serializer builds.</summary>
public sealed class ChunkReaderEquivalenceTests
{
    public static TheoryData<string> Chunks()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "Responses/chat-stream-tools.sse", "Responses/chat-stream-reasoning.sse", "Responses/chat-stream-midstream-error.sse" })
        {
            foreach (var line in Fixtures.SseData(file))
            {
                data.Add(line);
            }
        }

        data.Add(Fixtures.Read("Responses/chunk-error-numeric-code.json"));
        data.Add(Fixtures.Read("Responses/chunk-error-string-code.json"));
        data.Add("""{"id":"gen-1","provider":"OpenAI","model":"m","object":"chat.completion.chunk","created":"1764031697","service_tier":"default","system_fingerprint":null,"choices":[{"index":"0","delta":{"role":"assistant","content":"line1\nline2 \"q\" \u00e9 😀"},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}""");
        data.Add("""{"id":"gen-2","choices":[{"index":0,"delta":{"content":[{"type":"text","text":"part"}],"refusal":"no","name":"bot","tool_call_id":"x","future":{"a":[1,2]}},"finish_reason":"brand_new","logprobs":{"content":[{"token":"a","logprob":-0.5,"bytes":[97],"top_logprobs":[]}],"refusal":null},"error":{"code":"server_error","message":"m"},"extra_choice_field":true}],"unknown_top":"x","openrouter_metadata":{"strategy":"fallback"},"debug":{"echo_upstream_body":{"k":1}}}""");
        data.Add("""{"id":"gen-3","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{\"a\":"},"extra":1},{"function":{"arguments":"1}"}}]},"finish_reason":null}]}""");
        data.Add("""{"id":"gen-4","choices":[{"index":0,"delta":{"images":[{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}],"annotations":[{"type":"url_citation","url_citation":{"url":"https://x","title":"t","start_index":1,"end_index":2}}],"audio":{"id":"a","data":"AAAA","transcript":"hi"},"reasoning_details":[{"type":"reasoning.encrypted","data":"[REDACTED]","index":0,"format":"openai-responses-v1","new":{"x":1}}]},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"cost":0.5,"prompt_tokens_details":{"cached_tokens":1},"completion_tokens_details":{"reasoning_tokens":1},"server_tool_use":{"web_search_requests":1}}}""");
        data.Add("""{"error":{"code":502,"message":"Provider returned error","metadata":{"raw":"x","provider_name":"P"}}}""");
        data.Add("""{"id":"gen-5","choices":[],"usage":null,"error":null,"created":12.7}""");
        data.Add("""{"id":"gen-6","choices":null}""");
        data.Add("""{"id":"gen-7","choices":[{"delta":null,"index":1}]}""");
        data.Add("""{ "id" : "gen-8" , "choices" : [ { "index" : 0 , "delta" : { "role" : null , "content" : null } } ] }""");
        return data;
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public void Hand_reader_and_serializer_agree(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Deserialize(bytes, OpenRouterJsonContext.Default.ChatCompletionChunk)!;
        var actual = ChatCompletionChunkReader.Read(bytes, new StreamStringCache());

        Fixtures.AssertJsonEqual(
            JsonSerializer.Serialize(expected, OpenRouterJsonContext.Default.ChatCompletionChunk),
            JsonSerializer.Serialize(actual, OpenRouterJsonContext.Default.ChatCompletionChunk));
        IOpenRouterStreamChunk e = expected, a = actual;
        Assert.Equal(e.HasFinishReason, a.HasFinishReason);
        Assert.Equal(e.GetError()?.Message, a.GetError()?.Message);
    }

    [Theory]
    [InlineData("""{"id":"gen-1","choices":[{"index":0,"delta":{"content":42}}]}""")]
    [InlineData("""{"id":"gen-1","choices":{"index":0}}""")]
    [InlineData("""{"id":"gen-1","choices":[{"index":"zero"}]}""")]
    [InlineData("""{"id":7}""")]
    [InlineData("""{"id":"gen-1","choices":[{"index":0,"delta":{"content":"x"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"id":"gen-1" "choices":[]}""")]
    public void Malformed_or_mistyped_chunks_are_json_exceptions(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(json), new StreamStringCache()));
    }

    [Fact]
    public void Strings_that_repeat_across_a_stream_are_allocated_once()
    {
        var cache = new StreamStringCache();
        var json = Encoding.UTF8.GetBytes("""{"id":"gen-same","provider":"OpenAI","model":"openai/gpt-4o","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":"a"},"finish_reason":null}]}""");

        var first = ChatCompletionChunkReader.Read(json, cache);
        var second = ChatCompletionChunkReader.Read(json, cache);

        Assert.Same(first.Id, second.Id);
        Assert.Same(first.Model, second.Model);
        Assert.Same(first.Provider, second.Provider);
        Assert.Same(first.Choices![0].Delta!.Role.Value, second.Choices![0].Delta!.Role.Value);
        Assert.NotSame(first.Choices[0].Delta!.Content, second.Choices[0].Delta!.Content);
    }
}

/// <summary>The legacy completions chunk reader builds exactly what the source-generated serializer builds.</summary>
public sealed class CompletionChunkReaderEquivalenceTests
{
    public static TheoryData<string> Chunks() =>
    [
        """{"id":"gen-c","provider":"Together","model":"meta-llama/llama-3.1-8b","object":"text_completion","created":1700000000,"system_fingerprint":"fp","choices":[{"index":0,"text":"7, 11 \"q\"\n","finish_reason":null,"native_finish_reason":null,"reasoning":null,"logprobs":null}]}""",
        """{"id":"gen-c","choices":[{"index":"0","text":"x","finish_reason":"stop","native_finish_reason":"eos","reasoning":"r","reasoning_details":[{"type":"reasoning.text","text":"r","index":0}],"logprobs":{"tokens":["7"],"token_logprobs":[-0.1],"top_logprobs":[{"7":-0.1}],"text_offset":[0]},"future":1}],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15,"cost":0.00001},"other":{"a":true}}""",
        """{"id":"gen-c","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""",
        """{"error":{"code":"server_error","message":"boom"},"choices":[{"index":0,"text":"","finish_reason":"error","error":{"code":502,"message":"m"}}]}""",
        """{"id":"gen-c","choices":null,"created":"17"}""",
        """{"id":"gen-c","service_tier":"flex","choices":[{"index":0,"text":"t"}]}""",
    ];

    [Theory]
    [MemberData(nameof(Chunks))]
    public void Hand_reader_and_serializer_agree(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Deserialize(bytes, OpenRouterJsonContext.Default.CompletionChunk)!;
        var actual = CompletionChunkReader.Read(bytes, new StreamStringCache());

        Fixtures.AssertJsonEqual(
            JsonSerializer.Serialize(expected, OpenRouterJsonContext.Default.CompletionChunk),
            JsonSerializer.Serialize(actual, OpenRouterJsonContext.Default.CompletionChunk));
    }

    [Theory]
    [InlineData("""{"id":"gen-c","choices":[{"text":5}]}""")]
    [InlineData("""{"id":"gen-c","choices":[{"text":"a"}""")]
    [InlineData("""{"choices":"x"}""")]
    public void Malformed_chunks_are_json_exceptions(string json) =>
        Assert.ThrowsAny<JsonException>(() => CompletionChunkReader.Read(Encoding.UTF8.GetBytes(json), new StreamStringCache()));
}

/// <summary>The whole-completion reader builds exactly what the source-generated serializer builds.</summary>
public sealed class ChatCompletionReaderEquivalenceTests
{
    public static TheoryData<string> Completions() =>
    [
        Fixtures.Read("Responses/chat-completion-full.json"),
        """{"id":"gen-1","provider":"OpenAI","model":"m","object":"chat.completion","created":"5","service_tier":"flex","system_fingerprint":"fp","user_id":"u","choices":[{"index":0,"finish_reason":"stop","native_finish_reason":"end_turn","logprobs":{"content":[{"token":"a","logprob":-1,"bytes":[97],"top_logprobs":[]}]},"message":{"role":"assistant","content":[{"type":"text","text":"x"}],"refusal":"r","model":"extra"},"weird":[1]}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3},"openrouter_metadata":{"strategy":"direct"},"unknown":{"z":null}}""",
        """{"error":{"code":429,"message":"limited","metadata":{"provider_name":"P"}},"user_id":"user_1"}""",
        """{"id":"gen-2","choices":[{"index":0,"finish_reason":"error","message":{"role":"assistant","content":"partial"},"error":{"code":502,"message":"died"}}]}""",
        """{"id":"gen-3","choices":[],"model":null}""",
        """{"id":"gen-4","choices":null,"message":"stray"}""",
    ];

    [Theory]
    [MemberData(nameof(Completions))]
    public void Hand_reader_and_serializer_agree(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Deserialize(bytes, OpenRouterJsonContext.Default.ChatCompletion)!;
        var actual = ChatCompletionReader.Read(bytes);

        Fixtures.AssertJsonEqual(
            JsonSerializer.Serialize(expected, OpenRouterJsonContext.Default.ChatCompletion),
            JsonSerializer.Serialize(actual, OpenRouterJsonContext.Default.ChatCompletion));
    }

    [Theory]
    [InlineData("""{"id":"gen-1","choices":[{"message":{"content":1}}]}""")]
    [InlineData("""{"id":"gen-1","choices":[{"message":{"content":"x"}}""")]
    [InlineData("""["not an object"]""")]
    public void Malformed_completions_are_json_exceptions(string json) =>
        Assert.ThrowsAny<JsonException>(() => ChatCompletionReader.Read(Encoding.UTF8.GetBytes(json)));
}
