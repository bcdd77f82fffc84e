using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.TestKit;

/// <summary>
/// An <see cref="OpenRouterEmulator"/> over loopback (Kestrel) or in process, and what tests build on it: a plain
/// <see cref="HttpClient"/> with the key, <see cref="OpenRouterClient"/>s, an <see cref="IChatClient"/>, a look at the
/// requests it received. Everything the rig made is disposed with it. With a <see cref="Scan"/> (see
/// <see cref="StartSentinelAsync"/>), disposing it also fails the test if the key leaked (R14).
/// </summary>
/// <remarks>
/// Project harnesses derive from it to fix their key, mode and model; the constructor is for them (an in-process one
/// can be built without an await: <c>base(OpenRouterEmulator.CreateInProcess(), InProcess, key, model)</c>).
/// </remarks>
public class EmulatorRig : IAsyncDisposable
{
    /// <summary>A Kestrel server on 127.0.0.1 and a port the OS chose.</summary>
    public const string Loopback = "loopback";

    /// <summary>No socket: the emulator's own <see cref="HttpMessageHandler"/>.</summary>
    public const string InProcess = "in-process";

    /// <summary>The key a rig's clients send unless told otherwise.</summary>
    public const string DefaultKey = "sk-or-v1-test-key";

    /// <summary>The model of <see cref="ChatRequest"/> and of <see cref="ChatClient"/> unless told otherwise.</summary>
    public const string DefaultModel = "openai/gpt-4o-mini";

    private readonly List<IDisposable> _owned = [];
    private readonly string? _chatModel;
    private HttpClient? _http;
    private OpenRouterClient? _client;
    private IChatClient? _chatClient;
    private int _stopped;

    /// <summary>Wraps a started emulator; <paramref name="mode"/> says how it was started.</summary>
    protected EmulatorRig(OpenRouterEmulator emulator, string mode, string? apiKey = DefaultKey, string? chatModel = DefaultModel, SentinelScan? scan = null)
    {
        if (mode is not (Loopback or InProcess))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"'{Loopback}' or '{InProcess}'");
        }

        Emulator = emulator;
        Mode = mode;
        ApiKey = apiKey;
        _chatModel = chatModel;
        Scan = scan;
    }

    /// <summary>Both modes, for a <c>[Theory]</c>: <c>[MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]</c>.</summary>
    public static TheoryData<string> Modes => new() { Loopback, InProcess };

    public OpenRouterEmulator Emulator { get; }

    /// <summary><see cref="Loopback"/> or <see cref="InProcess"/>.</summary>
    public string Mode { get; }

    /// <summary>The key the rig's clients send; <see langword="null"/> for none.</summary>
    public string? ApiKey { get; }

    public Uri Endpoint => Emulator.Endpoint;

    /// <summary>The R14 scan of a sentinel rig (its <see cref="ApiKey"/> is the sentinel), or <see langword="null"/>.</summary>
    public SentinelScan? Scan { get; }

    /// <summary>
    /// A plain <see cref="HttpClient"/> whose base address is the API root and which sends <see cref="ApiKey"/> as a
    /// bearer token; over loopback its handler closes a disposed response's connection at once (no drain).
    /// </summary>
    public HttpClient Http => _http ??= CreateHttpClient();

    /// <summary>The rig's <see cref="OpenRouterClient"/>: <see cref="CreateClient"/> with no changes.</summary>
    public OpenRouterClient Client => _client ??= CreateClient();

    /// <summary><see cref="Client"/> as an <see cref="IChatClient"/> with the rig's default model.</summary>
    public IChatClient ChatClient => _chatClient ??= Client.AsIChatClient(_chatModel);

    /// <summary>The body of the last request, as a mutable JSON tree.</summary>
    public JsonObject LastBody => Emulator.BodyObject(^1);

    /// <summary>Starts an emulator in <paramref name="mode"/>; the rig's clients send <paramref name="apiKey"/>.</summary>
    public static async Task<EmulatorRig> StartAsync(string mode = Loopback, OpenRouterEmulatorOptions? options = null, string? apiKey = DefaultKey, string? chatModel = DefaultModel) =>
        new(await StartEmulatorAsync(mode, options), mode, apiKey, chatModel);

    /// <summary>
    /// Starts an emulator that answers only <paramref name="key"/> (a fresh <see cref="SentinelScan.NewKey"/> when
    /// <see langword="null"/>; it becomes <paramref name="options"/>' <c>RequiredApiKey</c>), with a <see cref="Scan"/>
    /// for it that every client the rig makes is added to. Disposing the rig fails if the key leaked into anything scanned.
    /// </summary>
    public static async Task<EmulatorRig> StartSentinelAsync(string? key = null, OpenRouterEmulatorOptions? options = null, string mode = Loopback, string? chatModel = DefaultModel)
    {
        key ??= SentinelScan.NewKey();
        options ??= new OpenRouterEmulatorOptions();
        options.RequiredApiKey = key;
        var scan = new SentinelScan(key);
        try
        {
            return new EmulatorRig(await StartEmulatorAsync(mode, options), mode, key, chatModel, scan);
        }
        catch
        {
            scan.Dispose();
            throw;
        }
    }

    /// <summary>Starts a bare emulator the way <paramref name="mode"/> says.</summary>
    public static async Task<OpenRouterEmulator> StartEmulatorAsync(string mode, OpenRouterEmulatorOptions? options = null) => mode switch
    {
        Loopback => await OpenRouterEmulator.StartAsync(options),
        InProcess => OpenRouterEmulator.CreateInProcess(options),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"'{Loopback}' or '{InProcess}'"),
    };

    /// <summary>A chat request for <paramref name="model"/> with one user message.</summary>
    public static ChatCompletionRequest ChatRequest(string text = "Tell me a story.", string model = DefaultModel) =>
        new() { Model = model, Messages = [ChatCompletionMessage.User(text)] };

    /// <summary>A raw chat request body: a system and a user message, streamed or not.</summary>
    public static string ChatBody(bool stream = false, string text = "What is the capital of France?", string model = DefaultModel) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["model"] = model,
            ["messages"] = new[] { new { role = "system", content = "Be terse." }, new { role = "user", content = text } },
            ["stream"] = stream,
        });

    /// <summary>
    /// A handler that reaches the emulator: in process, the emulator's own; over loopback, a
    /// <see cref="SocketsHttpHandler"/> that closes a disposed response's connection at once (reliability matrix R6).
    /// </summary>
    public HttpMessageHandler CreateHandler() =>
        Mode == InProcess ? Emulator.CreateHandler() : new SocketsHttpHandler { MaxResponseDrainSize = 0 };

    /// <summary>
    /// A new <see cref="OpenRouterClient"/> for the emulator, disposed with the rig: <see cref="ApiKey"/>, no retries,
    /// then <paramref name="configure"/>'s changes. Sent through <paramref name="http"/> when given; otherwise, in
    /// process, through the emulator's handler, and over loopback through the client's own.
    /// </summary>
    public OpenRouterClient CreateClient(Action<OpenRouterClientOptions>? configure = null, HttpClient? http = null)
    {
        var options = new OpenRouterClientOptions { ApiKey = ApiKey, Endpoint = Endpoint, MaxRetries = 0 };
        configure?.Invoke(options);
        http ??= Mode == InProcess ? Own(new HttpClient(Emulator.CreateHandler())) : null;
        var client = Own(new OpenRouterClient(options, http));
        Scan?.Add("OpenRouterClientOptions.ToString()", options);
        Scan?.Add("OpenRouterClient.ToString()", client);
        return client;
    }

    /// <summary>Disposes <paramref name="disposable"/> with the rig (in the order owned, before the emulator).</summary>
    public T Own<T>(T disposable)
        where T : IDisposable
    {
        lock (_owned)
        {
            _owned.Add(disposable);
        }

        return disposable;
    }

    /// <summary>Posts <paramref name="json"/> to <paramref name="path"/> (relative to the API root) through <see cref="Http"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string json, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return Http.SendAsync(request, completion, cancellationToken);
    }

    /// <summary>Posts <see cref="ChatBody"/> to <c>chat/completions</c> through <see cref="Http"/>.</summary>
    public Task<HttpResponseMessage> ChatAsync(bool stream = false, string text = "What is the capital of France?", HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead) =>
        PostAsync("chat/completions", ChatBody(stream, text), completion);

    /// <summary>The body of the <paramref name="index"/>th request, checked to be a chat request, as a mutable JSON tree.</summary>
    public JsonObject RequestBody(Index index) => Emulator.ChatBodyObject(index);

    /// <summary>Disposes what the rig made, then the emulator; the scan is left for <see cref="DisposeAsync"/>. Safe to call twice.</summary>
    public async ValueTask StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        IDisposable[] owned;
        lock (_owned)
        {
            owned = [.. _owned];
        }

        foreach (var disposable in owned)
        {
            disposable.Dispose();
        }

        _http?.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary><see cref="StopAsync"/>, then (a sentinel rig) fails if the key leaked into anything scanned.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Scan is { } scan)
        {
            try
            {
                scan.AssertClean();
            }
            finally
            {
                scan.Dispose();
            }
        }

        GC.SuppressFinalize(this);
    }

    private HttpClient CreateHttpClient()
    {
        var client = new HttpClient(CreateHandler()) { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(20) };
        if (ApiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        return client;
    }
}
