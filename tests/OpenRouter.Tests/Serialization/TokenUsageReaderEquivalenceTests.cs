using System.Text;
using System.Text.Json;
using CsCheck;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Serialization;

/// <summary>The hand-written usage reader builds what the source-generated serializer builds, and fails where it fails.</summary>
public sealed class TokenUsageReaderEquivalenceTests
{
    private static readonly string[] CountValues = ["0", "12", "-3", "12.9", "1e3", "2147483648", "\"7\"", "\" 8 \"", "\"\"", "\"  \"", "\"1.5e2\"", "null", "true", "\"x\"", "[]", "{}"];

    private static readonly string[] CostValues = ["0", "0.0061245", "1e-7", "\"0.0000003\"", "\"1E-7\"", "\"\"", "null", "-0.5", "79228162514264337593543950336", "false", "\"abc\""];

    private static readonly string[] BoolValues = ["true", "false", "\"TRUE\"", "\"false\"", "null", "1", "\"yes\""];

    private static readonly string[] UnknownValues = ["1", "\"s\"", "null", "[1,{\"a\":null}]", "{\"deep\":{\"x\":true}}"];

    [Theory]
    [InlineData("""{"prompt_tokens":24,"completion_tokens":256,"total_tokens":280,"cost":0.0061245,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"cost_details":{"upstream_inference_cost":null,"upstream_inference_prompt_cost":0.0002175,"upstream_inference_completions_cost":0.005907},"completion_tokens_details":{"reasoning_tokens":0,"image_tokens":0}}""")]
    [InlineData("""{"prompt_tokens":null,"completion_tokens":"12.9","total_tokens":1e3,"cost":null,"prompt_tokens_details":{"cached_tokens":null,"audio_tokens":"7"}}""")]
    [InlineData("""{"server_tool_use":{"web_search_requests":1,"tool_calls_requested":"2","tool_calls_executed":null,"new":[1]},"server_tool_use_details":null,"future":{"a":1}}""")]
    [InlineData("""{"prompt_tokens":1,"prompt_tokens":2,"x":1,"x":2,"prompt\u005ftokens":3}""")]
    [InlineData("""{"Prompt_Tokens":5,"completion_tokens_details":{"accepted_prediction_tokens":1,"rejected_prediction_tokens":2,"audio_tokens":3,"x":null}}""")]
    [InlineData("""{"prompt_tokens_details":{"cache_write_tokens":4,"video_tokens":"5"},"cost_details":{"extra":"e"},"is_byok":"TRUE"}""")]
    [InlineData("""{}""")]
    [InlineData("""null""")]
    [InlineData("""{"prompt_tokens_details":5}""")]
    [InlineData("""{"prompt_tokens_details":[]}""")]
    [InlineData("""{"prompt_tokens_details":{"cached_tokens":true}}""")]
    [InlineData("""{"is_byok":null,"cost":"abc"}""")]
    [InlineData("""{"is_byok":1}""")]
    [InlineData("""[]""")]
    [InlineData("""7""")]
    public void Hand_reader_and_serializer_agree(string json) => AssertSame(json);

    [Fact]
    public void Generated_usage_objects_are_read_like_the_serializer() =>
        Gen.Int.Sample(seed => AssertSame(Build(new Random(seed))), iter: 3000);

    private static void AssertSame(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        TokenUsage? expected = null, actual = null;
        var expectedFailure = Record.Exception(() => expected = JsonSerializer.Deserialize(bytes, OpenRouterJsonContext.Default.TokenUsage));
        var actualFailure = Record.Exception(() =>
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            actual = TokenUsageReader.Read(ref reader);
        });

        Assert.True((expectedFailure is null) == (actualFailure is null), $"{json}\nserializer: {expectedFailure?.Message ?? "ok"}\nreader: {actualFailure?.Message ?? "ok"}");
        if (expectedFailure is not null)
        {
            Assert.IsAssignableFrom<JsonException>(expectedFailure);
            Assert.IsAssignableFrom<JsonException>(actualFailure);
            return;
        }

        Assert.Equal(
            JsonSerializer.Serialize(expected, OpenRouterJsonContext.Default.TokenUsage),
            JsonSerializer.Serialize(actual, OpenRouterJsonContext.Default.TokenUsage));
    }

    private static string Build(Random r)
    {
        var members = new List<string>();
        Add(r, members, "prompt_tokens", () => Pick(r, CountValues));
        Add(r, members, "completion_tokens", () => Pick(r, CountValues));
        Add(r, members, "total_tokens", () => Pick(r, CountValues));
        Add(r, members, "cost", () => Pick(r, CostValues));
        Add(r, members, "is_byok", () => Pick(r, BoolValues));
        Add(r, members, "prompt_tokens_details", () => Details(r, "cached_tokens", "cache_write_tokens", "audio_tokens", "video_tokens"));
        Add(r, members, "completion_tokens_details", () => Details(r, "reasoning_tokens", "audio_tokens", "image_tokens", "accepted_prediction_tokens", "rejected_prediction_tokens"));
        Add(r, members, "cost_details", () => r.Next(6) == 0 ? "null" : Object(r, ["upstream_inference_cost", "upstream_inference_prompt_cost", "upstream_inference_completions_cost"], () => Pick(r, CostValues)));
        Add(r, members, "server_tool_use_details", () => Details(r, "web_search_requests", "tool_calls_requested", "tool_calls_executed"));
        Add(r, members, "server_tool_use", () => Details(r, "web_search_requests", "tool_calls_requested", "tool_calls_executed"));
        Add(r, members, Pick(r, "future", "x", "Cost"), () => Pick(r, UnknownValues));
        Shuffle(r, members);
        return "{" + string.Join(",", members) + "}";
    }

    private static string Details(Random r, params string[] names) =>
        r.Next(6) == 0 ? "null" : Object(r, names, () => Pick(r, CountValues));

    private static string Object(Random r, string[] names, Func<string> value)
    {
        var members = new List<string>();
        foreach (var name in names)
        {
            Add(r, members, name, value);
        }

        Add(r, members, "unknown", () => Pick(r, UnknownValues));
        Shuffle(r, members);
        return "{" + string.Join(",", members) + "}";
    }

    private static void Add(Random r, List<string> members, string name, Func<string> value)
    {
        // Usually valid values: the invalid ones are rare, so most samples get past the first member.
        if (r.Next(2) == 0)
        {
            members.Add("\"" + name + "\":" + value());
        }
    }

    private static void Shuffle(Random r, List<string> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static T Pick<T>(Random r, params T[] values) => values[r.Next(values.Length)];
}
