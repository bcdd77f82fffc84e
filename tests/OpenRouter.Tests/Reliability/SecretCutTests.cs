using System.Text.Json;
using System.Text.Json.Nodes;
using OpenRouter.Serialization;
using OpenRouter.Testing;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// R14 at every cut: a server that echoes the <c>Authorization</c> header puts the key at every offset across each point
/// where the client shortens what it received (the 256-character excerpt, the 500-character provider message, the
/// 1 MiB error-body cap), in HTML pages, JSON error bodies, provider <c>metadata.raw</c> (text and JSON), malformed
/// stream events and streamed error events. No 12 consecutive characters of the key's secret part may reach any text
/// of the exception, nor the key's start with even one secret character, over loopback against the emulator.
/// </summary>
public sealed class SecretCutTests : MatrixTestBase
{
    private const string Echo = "POST /api/v1/chat/completions HTTP/1.1\r\nAuthorization: Bearer ";
    private const string Marker = "[REDACTED]";

    public static TheoryData<string> Scenarios() =>
    [
        "HTML error page (excerpt)",
        "HTML page with 200 to a stream (excerpt)",
        "non-JSON 200 body (excerpt)",
        "malformed stream event (excerpt)",
        "provider metadata.raw as text (provider message)",
        "provider metadata.raw as JSON (provider message)",
        "streamed error event with metadata.raw (provider message)",
        "OpenRouter's own error message",
        "HTML error page over a 1 KiB body cap",
        "JSON error body over a 1 KiB body cap",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task The_key_echoed_at_every_offset_across_a_cut_never_leaves_12_characters_anywhere(string scenario)
    {
        var (cut, configure) = scenario switch
        {
            _ when scenario.EndsWith("body cap", StringComparison.Ordinal) => (1024, (Action<OpenRouterClientOptions>?)(o => o.MaxResponseBytes = 1024)),
            _ when scenario.EndsWith("(excerpt)", StringComparison.Ordinal) => (256, null),
            _ => (500, null),
        };
        var client = Client(configure);
        var shown = 0;
        for (var offset = cut - Key.Length - 2; offset <= cut + 2; offset++)
        {
            Emulator.Enqueue(Script(scenario, offset));
            var ex = await FailAsync(client, streamed: scenario.Contains("stream", StringComparison.Ordinal));
            AssertNoKeyPiece(ex, $"{scenario} at offset {offset}");
            shown += Shows(ex, scenario, offset + Marker.Length <= cut) ? 1 : 0;
        }

        // The redaction is what hid the key: wherever the whole key came before the cut, the marker is in its place
        // (the body cap lies far past the excerpt, so there the key never shows either way).
        Assert.True(cut == 1024 || shown >= Key.Length - Marker.Length, $"the marker showed in only {shown} answers");
    }

    [Fact]
    public async Task A_raw_provider_object_with_echoed_headers_and_a_server_cut_flagged_input_leaks_nothing()
    {
        var client = Client();
        var secret = SentinelScan.SecretPart(Key);
        var metadata = new JsonObject
        {
            ["provider_name"] = "Echo",
            ["raw"] = new JsonObject { ["request"] = new JsonObject { ["headers"] = new JsonObject { ["authorization"] = "Bearer " + Key, [Key] = "as a name" } } },
            ["flagged_input"] = "my key is sk-or-v1-" + secret[..40] + "..." + secret[^8..],
            ["reasons"] = new JsonArray("secret: " + Key),
        };
        Emulator.Enqueue(EmulatorResponse.Error(403, "Flagged", metadata.ToJsonString()));

        var ex = Assert.IsAssignableFrom<OpenRouterException>(await FailAsync(client, streamed: false));

        AssertNoKeyPiece(ex, "raw object");
        Assert.Contains(Marker, ex.RawProviderError, StringComparison.Ordinal);
        Assert.Contains(Marker, ex.FlaggedInput, StringComparison.Ordinal);
        Assert.Equal("secret: " + Marker, Assert.Single(ex.ModerationReasons!));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_json_error_that_quotes_a_server_value_holding_the_key_leaks_it_through_no_inner_exception(bool streamed)
    {
        var client = Client();
        var usage = $$"""{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2,"cost":"Bearer {{Key}}"}""";
        Emulator.Enqueue(streamed
            ? EmulatorResponse.Sse($$"""data: {"id":"gen-1","object":"chat.completion.chunk","choices":[],"usage":{{usage}}}""" + "\n\ndata: [DONE]\n\n")
            : EmulatorResponse.Json(200, $$"""{"id":"gen-1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}],"usage":{{usage}}}"""));

        var ex = Assert.IsType<OpenRouterProtocolException>(await FailAsync(client, streamed));

        AssertNoKeyPiece(ex, "a JSON error quoting the value");
        var inner = Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Contains("is not a number", inner.Message, StringComparison.Ordinal);
        Assert.Contains(Marker, inner.Message, StringComparison.Ordinal);
    }

    private EmulatorResponse Script(string scenario, int offset)
    {
        var text = KeyAt(offset);
        return scenario switch
        {
            "HTML error page (excerpt)" => EmulatorResponse.Raw(401, "text/html", text),
            "HTML page with 200 to a stream (excerpt)" => EmulatorResponse.Raw(200, "text/html", text),
            "non-JSON 200 body (excerpt)" => EmulatorResponse.Raw(200, "application/json", text),
            "malformed stream event (excerpt)" => EmulatorResponse.MalformedEvent(1, text.Replace("\r\n", "  ", StringComparison.Ordinal)),
            "provider metadata.raw as text (provider message)" => EmulatorResponse.Error(502, "Provider returned error", RawMetadata(text)),
            "provider metadata.raw as JSON (provider message)" => EmulatorResponse.Error(502, "Provider returned error", RawMetadata(new JsonObject { ["error"] = new JsonObject { ["message"] = text } }.ToJsonString())),
            "streamed error event with metadata.raw (provider message)" => EmulatorResponse.MidStreamError("Partial", 502, "Provider returned error", RawMetadata(text)),
            "OpenRouter's own error message" => EmulatorResponse.Error(400, text),
            "HTML error page over a 1 KiB body cap" => EmulatorResponse.Raw(502, "text/html", text),
            "JSON error body over a 1 KiB body cap" => EmulatorResponse.Json(502, JsonErrorWithKeyAt(offset)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };
    }

    /// <summary>An echo of the request whose key starts at <paramref name="offset"/>, with text after it.</summary>
    private string KeyAt(int offset) =>
        new string('.', offset - Echo.Length) + Echo + Key + "\r\nUser-Agent: OpenRouter.NET" + new string('-', 600);

    /// <summary>OpenRouter's error envelope, longer than 1 KiB, whose message holds the key at byte <paramref name="offset"/>.</summary>
    private string JsonErrorWithKeyAt(int offset)
    {
        const string Start = "{\"error\":{\"code\":502,\"message\":\"";
        const string Echoed = "Authorization: Bearer ";
        return Start + new string('.', offset - Start.Length - Echoed.Length) + Echoed + Key + "\",\"metadata\":{\"pad\":\"" + new string('-', 600) + "\"}}}";
    }

    private static string RawMetadata(string raw) => new JsonObject { ["provider_name"] = "Echo", ["raw"] = raw }.ToJsonString();

    private async Task<Exception> FailAsync(OpenRouterClient client, bool streamed)
    {
        var failure = streamed
            ? await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), [])
            : await Scan.ThrowsAsync<Exception>(() => client.CreateChatCompletionAsync(Request()));
        Assert.NotNull(failure);
        FailureKindTests.AssertDocumented(failure);
        return failure;
    }

    /// <summary>Whether the text the scenario is about shows the marker (expected when the whole key came before the cut).</summary>
    private static bool Shows(Exception ex, string scenario, bool keyBeforeCut)
    {
        var router = Assert.IsAssignableFrom<OpenRouterException>(ex);
        var text = scenario switch
        {
            _ when scenario.EndsWith("(excerpt)", StringComparison.Ordinal) => router.ResponseExcerpt,
            "OpenRouter's own error message" => router.ErrorMessage,
            _ => router.Message,
        };
        return keyBeforeCut && (text?.Contains(Marker, StringComparison.Ordinal) ?? false);
    }

    /// <summary>Every text of the exception a caller, a log or a trace could see.</summary>
    private void AssertNoKeyPiece(Exception ex, string where)
    {
        var texts = new Dictionary<string, string?> { ["Message"] = ex.Message, ["ToString()"] = ex.ToString() };
        if (ex is OpenRouterException router)
        {
            texts["ResponseExcerpt"] = router.ResponseExcerpt;
            texts["ErrorMessage"] = router.ErrorMessage;
            texts["Error as JSON"] = router.Error is null ? null : JsonSerializer.Serialize(router.Error, OpenRouterJsonContext.Default.OpenRouterError);
            texts["RawProviderError"] = router.RawProviderError;
            texts["ProviderMessage"] = router.ProviderMessage;
            texts["ProviderName"] = router.ProviderName;
            texts["FlaggedInput"] = router.FlaggedInput;
            texts["ModerationReasons"] = router.ModerationReasons is { } reasons ? string.Join("\n", reasons) : null;
            texts["GenerationId"] = router.GenerationId;
        }

        foreach (var (name, text) in texts)
        {
            SentinelScan.AssertNoPiece($"{where}: {name}", text, Key);
        }
    }
}
