using System.Net;
using System.Text;
using OpenRouter.Testing;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// Every kind of broken answer, on the non-streaming and the streaming call, over loopback against the emulator: the
/// failure is one the README's error table lists, of the exact type expected, and its message names the cause.
/// </summary>
public sealed class FailureKindTests : MatrixTestBase
{
    private const string ChatJson = """{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}]}""";
    private const string ChunkEvent = """data: {"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}""" + "\n\n";

    private static readonly Dictionary<string, Fault> Faults = new()
    {
        ["gzip declared, body not gzip"] = new(
            s => Encoded(s, "gzip"),
            Expect<OpenRouterProtocolException>("could not be decompressed", "Content-Encoding", "(gzip)"),
            Expect<OpenRouterProtocolException>("could not be decompressed", "Content-Encoding", "(gzip)", "after 0 events"),
            Decompress: true),
        ["br declared, body not brotli"] = new(
            s => Encoded(s, "br"),
            Expect<OpenRouterProtocolException>("could not be decompressed", "(br)"),
            Expect<OpenRouterProtocolException>("could not be decompressed", "(br)"),
            Decompress: true),
        ["error status, gzip declared, body not gzip"] = new(
            _ => EmulatorResponse.Raw(502, "text/html", "<html>Bad gateway</html>"u8.ToArray(), Header("Content-Encoding", "gzip")),
            Expect<OpenRouterException>("HTTP 502"),
            Expect<OpenRouterException>("HTTP 502"),
            Decompress: true),
        ["2 MB HTML page with 200, bounds 64 KiB"] = new(
            _ => EmulatorResponse.Raw(200, "text/html", HtmlPage(2 * 1024 * 1024)),
            Expect<InvalidDataException>("larger than 65536 bytes", "OpenRouterClientOptions.MaxResponseBytes"),
            Expect<OpenRouterProtocolException>("content type 'text/html' instead of text/event-stream", "longer than 65536 bytes"),
            Configure: o => o.MaxResponseBytes = 64 * 1024),
        ["2 MB HTML page with 200, default bounds"] = new(
            _ => EmulatorResponse.Raw(200, "text/html", HtmlPage(2 * 1024 * 1024)),
            Expect<OpenRouterProtocolException>("HTTP 200, but the body is not the expected JSON"),
            Expect<OpenRouterProtocolException>("content type 'text/html' instead of text/event-stream", "longer than 1048576 bytes")),
        ["HTML page with 200"] = new(
            _ => EmulatorResponse.Raw(200, "text/html", "<html><body>Maintenance</body></html>"),
            Expect<OpenRouterProtocolException>("HTTP 200, but the body is not the expected JSON"),
            Expect<OpenRouterProtocolException>("content type 'text/html' instead of text/event-stream")),
        ["binary garbage"] = new(
            _ => EmulatorResponse.Raw(200, "application/octet-stream", Garbage()),
            Expect<OpenRouterProtocolException>("HTTP 200, but the body is not the expected JSON"),
            Expect<OpenRouterProtocolException>("content type 'application/octet-stream' instead of text/event-stream")),
        ["binary garbage in an event"] = new(
            _ => EmulatorResponse.Raw(200, "text/event-stream", [.. "data: "u8, .. Garbage(), .. "\n\n"u8]),
            Expect<OpenRouterProtocolException>("HTTP 200, but the body is not the expected JSON"),
            Expect<OpenRouterProtocolException>("Event 0 of the stream from OpenRouter is not a valid chunk")),
        ["body cut inside a UTF-8 sequence"] = new(
            s => s
                ? EmulatorResponse.Raw(200, "text/event-stream", [.. Encoding.UTF8.GetBytes(ChunkEvent), .. HalfUtf8("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"caf")])
                : EmulatorResponse.Raw(200, "application/json", HalfUtf8("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"caf")),
            Expect<OpenRouterProtocolException>("HTTP 200, but the body is not the expected JSON"),
            Expect<OpenRouterStreamException>("ended after 1 events without [DONE] and without a finish reason")),
        ["invalid JSON"] = new(
            s => s ? EmulatorResponse.MalformedEvent(afterEvents: 1) : EmulatorResponse.Json(200, "{\"choices\":[{\"index\":0,\"message\":"),
            Expect<OpenRouterProtocolException>("HTTP 200, but the body is not the expected JSON"),
            Expect<OpenRouterProtocolException>("Event 1 of the stream from OpenRouter is not a valid chunk")),
        ["connection lost before the headers"] = new(
            _ => EmulatorResponse.ResetBeforeHeaders(),
            Expect<OpenRouterException>("Could not get an answer from OpenRouter"),
            Expect<OpenRouterException>("Could not get an answer from OpenRouter")),
        ["connection lost during the body"] = new(
            s => EmulatorResponse.ResetAfterEvents(s ? 0 : 1),
            Expect<OpenRouterException>("Could not get an answer from OpenRouter"),
            Expect<OpenRouterStreamException>("The connection to OpenRouter broke after 0 stream events")),
        ["connection lost mid-stream"] = new(
            _ => EmulatorResponse.ResetAfterEvents(3),
            Expect<OpenRouterException>("Could not get an answer from OpenRouter"),
            Expect<OpenRouterStreamException>("The connection to OpenRouter broke after 3 stream events")),
        ["HttpClient.Timeout before the headers"] = new(
            _ => EmulatorResponse.Chat("late").WithDelay(TimeSpan.FromSeconds(5)),
            Expect<TimeoutException>("the HttpClient's Timeout (0.8 s) ran out"),
            Expect<TimeoutException>("the HttpClient's Timeout (0.8 s) ran out"),

            // 0.8 s, not less: on a loaded machine the request must still reach the emulator (one request recorded) first.
            HttpTimeout: TimeSpan.FromMilliseconds(800)),
    };

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in Faults.Keys)
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_fault_kind_fails_with_a_documented_type_whose_message_names_the_cause(string fault, bool streamed)
    {
        var spec = Faults[fault];
        using var http = new HttpClient(new SocketsHttpHandler
        {
            AutomaticDecompression = spec.Decompress ? DecompressionMethods.All : DecompressionMethods.None,
            MaxResponseDrainSize = 0,
        })
        { Timeout = spec.HttpTimeout ?? Timeout.InfiniteTimeSpan };
        var client = Client(spec.Configure, http);
        Emulator.Enqueue(spec.Script(streamed));

        var failure = streamed
            ? await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), [])
            : await Scan.ThrowsAsync<Exception>(() => client.CreateChatCompletionAsync(Request()));

        var (type, phrases) = streamed ? spec.Streamed : spec.NotStreamed;
        Assert.NotNull(failure);
        AssertDocumented(failure);
        Assert.True(failure.GetType() == type, $"expected {type.Name}, got {failure}");
        foreach (var phrase in phrases)
        {
            Assert.Contains(phrase, failure.Message, StringComparison.Ordinal);
        }

        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public void The_readme_error_table_lists_every_type_the_documented_check_accepts()
    {
        var readme = File.ReadAllText(Path.Combine(RepoFiles.Root(), "README.md"));
        var start = readme.IndexOf("## Errors you will meet, and what to do", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no error table");
        var table = readme[start..readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal)];
        var firstColumns = table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|')[1]).ToList();
        foreach (var type in new[] { "OpenRouterStreamException", "OpenRouterProtocolException", "TimeoutException", "OperationCanceledException", "ArgumentException", "InvalidDataException` naming `MaxStreamEventBytes` or `MaxResponseBytes" })
        {
            Assert.True(firstColumns.Any(c => c.Contains(type, StringComparison.Ordinal)), $"The README's error table has no row for {type}, which AssertDocumented accepts.");
        }
    }

    /// <summary>The README's error table: the <see cref="OpenRouterException"/> family, cancellation, timeouts, bad input, and <see cref="InvalidDataException"/> only for the two size settings.</summary>
    internal static void AssertDocumented(Exception failure)
    {
        var documented = failure switch
        {
            OpenRouterException or OperationCanceledException or TimeoutException or ArgumentException => true,
            InvalidDataException => failure.Message.Contains("OpenRouterClientOptions.MaxResponseBytes", StringComparison.Ordinal)
                || failure.Message.Contains("OpenRouterClientOptions.MaxStreamEventBytes", StringComparison.Ordinal),
            _ => false,
        };
        Assert.True(documented, $"An exception the README's error table does not list left the client: {failure}");
    }

    private static (Type, string[]) Expect<T>(params string[] phrases)
        where T : Exception => (typeof(T), phrases);

    private static Dictionary<string, string> Header(string name, string value) => new() { [name] = value };

    /// <summary>A plain (not encoded) answer whose headers say it is <paramref name="encoding"/>.</summary>
    private static EmulatorResponse Encoded(bool streamed, string encoding) => streamed
        ? EmulatorResponse.Raw(200, "text/event-stream", Encoding.UTF8.GetBytes(ChunkEvent + "data: [DONE]\n\n"), Header("Content-Encoding", encoding))
        : EmulatorResponse.Raw(200, "application/json", Encoding.UTF8.GetBytes(ChatJson), Header("Content-Encoding", encoding));

    private static string HtmlPage(int bytes) =>
        "<html><body>" + new string('x', bytes) + "</body></html>";

    /// <summary>Random bytes (a fixed seed) without line breaks.</summary>
    private static byte[] Garbage()
    {
        var bytes = new byte[512];
        new Random(11).NextBytes(bytes);
        return [.. bytes.Where(b => b is not (byte)'\n' and not (byte)'\r')];
    }

    /// <summary><paramref name="text"/> followed by the first byte of the two-byte "é", and nothing more.</summary>
    private static byte[] HalfUtf8(string text) => [.. Encoding.UTF8.GetBytes(text), 0xC3];

    private sealed record Fault(
        Func<bool, EmulatorResponse> Script,
        (Type Type, string[] Phrases) NotStreamed,
        (Type Type, string[] Phrases) Streamed,
        Action<OpenRouterClientOptions>? Configure = null,
        bool Decompress = false,
        TimeSpan? HttpTimeout = null);
}
