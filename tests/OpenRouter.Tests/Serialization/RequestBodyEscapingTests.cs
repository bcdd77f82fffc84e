using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Serialization;

/// <summary>
/// Request bodies are minimal JSON: text goes out as its UTF-8 bytes, only <c>"</c>, <c>\</c> and control characters
/// are escaped, invalid UTF-16 becomes U+FFFD, and what a strict parser reads back is the text that was sent.
/// </summary>
public sealed class RequestBodyEscapingTests
{
    private const int Megabyte = 1 << 20;

    /// <summary>The JSON around the text (model, role, stream flag, ...) stays under this many bytes.</summary>
    private const int Structure = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Text from every plane, lone surrogates, control characters, quotes, backslashes and HTML-sensitive characters.</summary>
    private static readonly Gen<string> Texts = Gen.Frequency(
            (6, Gen.Char[' ', '~'].Select(c => c.ToString())),
            (2, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
            (3, Gen.OneOf<string>("\"", "\\", "<", ">", "&", "'", "+", "`", "/", "\u007F", "\u0085", "\u00AD", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\\u0041")),
            (3, Gen.Char['\u0080', '\uD7FF'].Select(c => c.ToString())),
            (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
            (3, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
            (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())))
        .Array[0, 48]
        .Select(string.Concat);

    public static TheoryData<string, string> LargeTexts => new()
    {
        { "CJK", "東京の天気は晴れ、気温は二十三度です。明日は雨が降るでしょう。" },
        { "emoji", "😀🎉🚀👍🏽🇫🇷🧑‍💻" },
        { "accented", "Ça a été très «agréable» : naïve façade, Größe, Ærø, Łódź, ½ € — fin. " },
        { "mixed", "Résumé: 東京 😀 Ελληνικά Кириллица עברית العربية हिन्दी 한국어 ไทย 𝔘𝔫𝔦𝔠𝔬𝔡𝔢. " },
        { "HTML-sensitive ASCII", "if (a < b && c > d) { it's 1+1 } `tick` a/b; " },
    };

    [Theory]
    [MemberData(nameof(LargeTexts))]
    public async Task A_megabyte_of_text_costs_its_UTF8_size_on_every_route(string kind, string unit)
    {
        var text = Repeat(unit, Megabyte);
        var utf8 = Encoding.UTF8.GetByteCount(text);
        var bodies = await SendOnEveryRouteAsync(text);

        foreach (var (route, body) in bodies)
        {
            var limit = (1.02 * utf8) + Structure;
            Assert.True(body.Length <= limit, $"{kind} on {route}: body {body.Length:N0} B for {utf8:N0} B of UTF-8 text ({(double)body.Length / utf8:F3}x), limit {limit:N0} B");
            Assert.Equal(text, TextIn(route, body));
        }
    }

    [Fact]
    public void Only_the_characters_JSON_requires_are_escaped_and_with_their_short_form()
    {
        var bytes = ChatCompletionRequestWriter.ToUtf8Bytes(new ChatCompletionRequest
        {
            Model = "m",
            Messages = [ChatCompletionMessage.User("<>&'+`/ é 日本 😀 \u007F\u2028\uFEFF | \" \\ \b\f\n\r\t \u0000\u001F")],
        });

        var json = StrictUtf8.GetString(bytes);
        Assert.Equal("""{"model":"m","messages":[{"role":"user","content":"<>&'+`/ é 日本 😀 """ + "\u007F\u2028\uFEFF" + """ | \" \\ \b\f\n\r\t \u0000\u001F"}]}""", json);
    }

    [Fact]
    public void Lone_surrogates_are_sent_as_U_FFFD_as_the_serializer_does()
    {
        var request = new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("a\uD83Db\uDE00c\uDE00\uD83D")] };

        var bytes = ChatCompletionRequestWriter.ToUtf8Bytes(request);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.RequestBodies.ChatCompletionRequest), bytes);
        Assert.Contains("\"content\":\"a\uFFFDb\uFFFDc\uFFFD\uFFFD\"", StrictUtf8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Property_any_text_round_trips_through_the_writer_and_a_strict_parser() =>
        Gen.Select(Texts, Texts, Texts).Sample((content, key, other) =>
        {
            var request = new ChatCompletionRequest
            {
                Model = other,
                Messages =
                [
                    ChatCompletionMessage.User(content),
                    ChatCompletionMessage.Assistant([ChatCompletionToolCall.CreateFunctionCall(other, content, content)]),
                    new ChatCompletionMessage { Role = MessageRole.User, ContentParts = [ChatContentPart.CreateText(content)] },
                ],
                Metadata = new Dictionary<string, string> { [key] = content },
                AdditionalProperties = new Dictionary<string, JsonElement> { ["x_" + key] = JsonSerializer.SerializeToElement(content) },
            };

            var bytes = ChatCompletionRequestWriter.ToUtf8Bytes(request);
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.RequestBodies.ChatCompletionRequest), bytes);
            StrictUtf8.GetString(bytes);
            AssertOnlyRequiredEscapes(bytes);

            var expected = AsSent(content);
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            Assert.Equal(AsSent(other), root.GetProperty("model").GetString());
            Assert.Equal(expected, root.GetProperty("messages")[0].GetProperty("content").GetString());
            var function = root.GetProperty("messages")[1].GetProperty("tool_calls")[0].GetProperty("function");
            Assert.Equal(expected, function.GetProperty("name").GetString());
            Assert.Equal(expected, function.GetProperty("arguments").GetString());
            Assert.Equal(expected, root.GetProperty("messages")[2].GetProperty("content")[0].GetProperty("text").GetString());
            Assert.Equal(expected, root.GetProperty("metadata").GetProperty(AsSent(key)).GetString());
            Assert.Equal(expected, root.GetProperty("x_" + AsSent(key)).GetString());
        }, iter: 2000);

    [Fact]
    public void Property_any_prompt_round_trips_through_the_completions_body() =>
        Texts.Sample(prompt =>
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(new CompletionRequest { Model = "m", Prompt = prompt }, OpenRouterJsonContext.RequestBodies.CompletionRequest);
            StrictUtf8.GetString(bytes);
            AssertOnlyRequiredEscapes(bytes);
            using var document = JsonDocument.Parse(bytes);
            Assert.Equal(AsSent(prompt), document.RootElement.GetProperty("prompt").GetString());
        }, iter: 1000);

    [Fact]
    public void Property_the_vectorized_search_finds_what_the_scalar_one_does() =>
        Texts.Sample(text =>
        {
            var expected = MinimalJsonEncoder.IndexOfFirstToEscapeScalar(text);
            Assert.Equal(expected, MinimalJsonEncoder.IndexOfFirstToEscape(text));
            if (expected < 0)
            {
                // Then the text is valid UTF-16 with nothing to escape, and its UTF-8 has nothing to escape either.
                Assert.Equal(-1, MinimalJsonEncoder.Instance.FindFirstCharacterToEncodeUtf8(Encoding.UTF8.GetBytes(text)));
            }
        }, iter: 5000);

    [Theory]
    [InlineData(new byte[] { 0x61, 0x62 }, -1)]
    [InlineData(new byte[] { 0x61, 0x22 }, 1)]
    [InlineData(new byte[] { 0x61, 0x1F }, 1)]
    [InlineData(new byte[] { 0x61, 0xFF, 0x22 }, 1)]
    [InlineData(new byte[] { 0xE6, 0x97, 0xA5, 0xC3 }, 3)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80, 0x61 }, 0)]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0x5C }, 4)]
    public void The_UTF8_search_stops_at_the_first_character_to_escape_or_invalid_byte(byte[] utf8, int expected) =>
        Assert.Equal(expected, MinimalJsonEncoder.Instance.FindFirstCharacterToEncodeUtf8(utf8));

    [Fact]
    public void Property_the_fast_encode_paths_write_what_the_base_class_writes() =>
        Gen.Select(Texts, Gen.Bool).Sample((text, finalBlock) =>
        {
            var reference = new ReferenceEncoder();
            var source = text.AsSpan();
            var expected = new char[(source.Length * 6) + 8];
            var actual = new char[expected.Length];
            var expectedStatus = reference.Encode(source, expected, out var expectedConsumed, out var expectedWritten, finalBlock);
            var actualStatus = MinimalJsonEncoder.Instance.Encode(source, actual, out var actualConsumed, out var actualWritten, finalBlock);
            Assert.Equal((expectedStatus, expectedConsumed, new string(expected, 0, expectedWritten)), (actualStatus, actualConsumed, new string(actual, 0, actualWritten)));

            // UTF-8 in: the text's bytes, with a stray continuation byte or a cut sequence now and then.
            var utf8 = Encoding.UTF8.GetBytes(text).ToList();
            if (text.Length % 5 == 1)
            {
                utf8.Insert(utf8.Count / 2, 0x80);
            }

            if (text.Length % 7 == 2)
            {
                utf8.AddRange([0xF0, 0x9F]);
            }

            var bytes = utf8.ToArray();
            var expectedUtf8 = new byte[(bytes.Length * 6) + 8];
            var actualUtf8 = new byte[expectedUtf8.Length];
            expectedStatus = reference.EncodeUtf8(bytes, expectedUtf8, out expectedConsumed, out expectedWritten, finalBlock);
            actualStatus = MinimalJsonEncoder.Instance.EncodeUtf8(bytes, actualUtf8, out actualConsumed, out actualWritten, finalBlock);
            Assert.Equal((expectedStatus, expectedConsumed), (actualStatus, actualConsumed));
            Assert.Equal(expectedUtf8.AsSpan(0, expectedWritten).ToArray(), actualUtf8.AsSpan(0, actualWritten).ToArray());
        }, iter: 3000);

    [Fact]
    public void Property_encoding_into_small_buffers_piece_by_piece_writes_what_one_call_does() =>
        Gen.Select(Texts, Gen.Int[1, 16]).Sample((text, size) =>
        {
            var whole = new char[(text.Length * 6) + 8];
            Assert.Equal(OperationStatus.Done, MinimalJsonEncoder.Instance.Encode(text, whole, out _, out var wholeWritten));

            var pieces = new StringBuilder();
            var buffer = new char[size];
            var source = text.AsSpan();
            OperationStatus status;
            do
            {
                status = MinimalJsonEncoder.Instance.Encode(source, buffer, out var consumed, out var written);
                Assert.True(status is OperationStatus.Done || consumed + written > 0 || size < 6, $"no progress with {size} chars of room");
                pieces.Append(buffer, 0, written);
                source = source[consumed..];
                if (status == OperationStatus.DestinationTooSmall && consumed + written == 0)
                {
                    buffer = new char[buffer.Length + 6];
                }
            }
            while (status != OperationStatus.Done);

            Assert.Equal(new string(whole, 0, wholeWritten), pieces.ToString());

            var utf8 = Encoding.UTF8.GetBytes(text);
            var wholeUtf8 = new byte[(utf8.Length * 6) + 8];
            Assert.Equal(OperationStatus.Done, MinimalJsonEncoder.Instance.EncodeUtf8(utf8, wholeUtf8, out _, out var wholeUtf8Written));
            var utf8Pieces = new List<byte>();
            var utf8Buffer = new byte[size];
            var utf8Source = utf8.AsSpan();
            do
            {
                status = MinimalJsonEncoder.Instance.EncodeUtf8(utf8Source, utf8Buffer, out var consumed, out var written);
                utf8Pieces.AddRange(utf8Buffer.AsSpan(0, written).ToArray());
                utf8Source = utf8Source[consumed..];
                if (status == OperationStatus.DestinationTooSmall && consumed + written == 0)
                {
                    utf8Buffer = new byte[utf8Buffer.Length + 6];
                }
            }
            while (status != OperationStatus.Done);

            Assert.Equal(wholeUtf8.AsSpan(0, wholeUtf8Written).ToArray(), utf8Pieces.ToArray());
        }, iter: 2000);

    [Fact]
    public void The_escape_check_itself_rejects_needless_escapes()
    {
        Assert.ThrowsAny<Exception>(() => AssertOnlyRequiredEscapes("""{"a":"\u00E9"}"""u8.ToArray()));
        Assert.ThrowsAny<Exception>(() => AssertOnlyRequiredEscapes("""{"a":"\u003C"}"""u8.ToArray()));
        Assert.ThrowsAny<Exception>(() => AssertOnlyRequiredEscapes("""{"a":"\/"}"""u8.ToArray()));
        Assert.ThrowsAny<Exception>(() => AssertOnlyRequiredEscapes("""{"\u0061":1}"""u8.ToArray()));
        AssertOnlyRequiredEscapes("""{"a":"\" \\ \n \u0001 \u001F é"}"""u8.ToArray());
    }

    /// <summary>What the wire carries for a string: invalid UTF-16 replaced by U+FFFD, one per lone surrogate.</summary>
    private static string AsSent(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>Fails on any escape in a string or property name except <c>\"</c>, <c>\\</c>, the short forms, and <c>\u00XX</c> for a control character.</summary>
    private static void AssertOnlyRequiredEscapes(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
            {
                continue;
            }

            var raw = reader.ValueSpan.ToArray();
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\')
                {
                    continue;
                }

                var kind = (char)raw[++i];
                if (kind == 'u')
                {
                    var value = Convert.ToInt32(Encoding.ASCII.GetString(raw, i + 1, 4), 16);
                    Assert.True(value < 0x20 && value is not ('\b' or '\f' or '\n' or '\r' or '\t'), $"needless escape \\u{value:X4} in {Encoding.UTF8.GetString(raw)}");
                    i += 4;
                }
                else
                {
                    Assert.True(kind is '"' or '\\' or 'b' or 'f' or 'n' or 'r' or 't', $"needless escape \\{kind} in {Encoding.UTF8.GetString(raw)}");
                }
            }
        }
    }

    private static string Repeat(string unit, int utf8Bytes)
    {
        var text = new StringBuilder();
        var perUnit = Encoding.UTF8.GetByteCount(unit);
        for (var size = 0; size < utf8Bytes; size += perUnit)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private static string? TextIn(string route, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return route.StartsWith("chat", StringComparison.Ordinal)
            ? document.RootElement.GetProperty("messages")[0].GetProperty("content").GetString()
            : document.RootElement.GetProperty("prompt").GetString();
    }

    /// <summary>Sends the text through the client on chat, streamed chat, completions and streamed completions, and returns each body as sent.</summary>
    private static async Task<List<(string Route, byte[] Body)>> SendOnEveryRouteAsync(string text)
    {
        var handler = new BodyCapturingHandler();
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-size", MaxRetries = 0 }, new HttpClient(handler));
        var chat = new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User(text)] };
        var completion = new CompletionRequest { Model = "m", Prompt = text };

        await client.CreateChatCompletionAsync(chat);
        await foreach (var chunk in client.StreamChatCompletionAsync(chat))
        {
            Assert.NotNull(chunk);
        }

        await client.CreateCompletionAsync(completion);
        await foreach (var chunk in client.StreamCompletionAsync(completion))
        {
            Assert.NotNull(chunk);
        }

        Assert.Equal(4, handler.Bodies.Count);
        return [("chat", handler.Bodies[0]), ("chat stream", handler.Bodies[1]), ("completions", handler.Bodies[2]), ("completions stream", handler.Bodies[3])];
    }

    /// <summary>
    /// <see cref="MinimalJsonEncoder"/>'s required members only, so that <c>Encode</c> and <c>EncodeUtf8</c> are the base
    /// class's: the reference for the encoder's fast paths.
    /// </summary>
    private sealed unsafe class ReferenceEncoder : JavaScriptEncoder
    {
        public override int MaxOutputCharactersPerInputCharacter => MinimalJsonEncoder.Instance.MaxOutputCharactersPerInputCharacter;

        public override int FindFirstCharacterToEncode(char* text, int textLength) => MinimalJsonEncoder.Instance.FindFirstCharacterToEncode(text, textLength);

        public override bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
            MinimalJsonEncoder.Instance.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

        public override bool WillEncode(int unicodeScalar) => MinimalJsonEncoder.Instance.WillEncode(unicodeScalar);
    }

    /// <summary>Keeps each request body's bytes and answers with a tiny completion (JSON or SSE, by the body's <c>stream</c>).</summary>
    private sealed class BodyCapturingHandler : HttpMessageHandler
    {
        public List<byte[]> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            Bodies.Add(body);
            using var document = JsonDocument.Parse(body);
            var chat = request.RequestUri!.AbsolutePath.EndsWith("chat/completions", StringComparison.Ordinal);
            var streamed = document.RootElement.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;
            var choice = chat ? """{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}""" : """{"index":0,"text":"ok","finish_reason":"stop"}""";
            var delta = chat ? """{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}""" : """{"index":0,"text":"ok","finish_reason":"stop"}""";
            var content = streamed
                ? new StringContent($"data: {{\"id\":\"gen-1\",\"choices\":[{delta}]}}\n\ndata: [DONE]\n\n", Encoding.UTF8)
                : new StringContent($"{{\"id\":\"gen-1\",\"choices\":[{choice}]}}", Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(streamed ? "text/event-stream" : "application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }
    }
}
