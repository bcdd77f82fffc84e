using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

/// <summary>An emulator plus a plain HttpClient pointed at it, over loopback or in process.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public const string Loopback = "loopback";
    public const string InProcess = "in-process";
    public const string Key = "sk-or-v1-test-key";

    private Harness(OpenRouterEmulator emulator, HttpClient client, string mode)
    {
        Emulator = emulator;
        Client = client;
        Mode = mode;
    }

    public static TheoryData<string> Modes => new() { Loopback, InProcess };

    public OpenRouterEmulator Emulator { get; }

    public HttpClient Client { get; }

    public string Mode { get; }

    public static async Task<Harness> StartAsync(string mode, OpenRouterEmulatorOptions? options = null, string? apiKey = Key)
    {
        OpenRouterEmulator emulator;
        HttpMessageHandler handler;
        if (mode == Loopback)
        {
            emulator = await OpenRouterEmulator.StartAsync(options);
            // MaxResponseDrainSize = 0: disposing a response closes the connection at once (reliability matrix R6).
            handler = new SocketsHttpHandler { MaxResponseDrainSize = 0 };
        }
        else
        {
            emulator = OpenRouterEmulator.CreateInProcess(options);
            handler = emulator.CreateHandler();
        }

        var client = new HttpClient(handler) { BaseAddress = emulator.Endpoint, Timeout = TimeSpan.FromSeconds(20) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return new Harness(emulator, client, mode);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string json, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return Client.SendAsync(request, completion, cancellationToken);
    }

    public Task<HttpResponseMessage> ChatAsync(bool stream = false, string text = "What is the capital of France?", HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead) =>
        PostAsync("chat/completions", ChatBody(stream, text), completion);

    public static string ChatBody(bool stream = false, string text = "What is the capital of France?") =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["model"] = "openai/gpt-4o-mini",
            ["messages"] = new[] { new { role = "system", content = "Be terse." }, new { role = "user", content = text } },
            ["stream"] = stream,
        });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}

/// <summary>SSE as the client sees it: every comment and data line, in order.</summary>
internal sealed class SseCapture
{
    public List<string> Lines { get; } = [];

    public List<string> Comments { get; } = [];

    public List<string> Data { get; } = [];

    public bool EndedWithDone => Data.Count > 0 && Data[^1] == "[DONE]";

    public List<JsonElement> Json
    {
        get
        {
            var list = new List<JsonElement>();
            foreach (var data in Data)
            {
                if (data != "[DONE]")
                {
                    list.Add(JsonDocument.Parse(data).RootElement.Clone());
                }
            }

            return list;
        }
    }

    public static SseCapture Parse(string text)
    {
        var capture = new SseCapture();
        foreach (var line in text.Split('\n'))
        {
            capture.Add(line);
        }

        return capture;
    }

    /// <summary>Reads line by line until EOF; an exception (reset) propagates after what was read is kept.</summary>
    public static async Task ReadAsync(Stream stream, SseCapture into, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            into.Add(line);
        }
    }

    public void Add(string line)
    {
        Lines.Add(line);
        if (line.StartsWith(':'))
        {
            Comments.Add(line);
        }
        else if (line.StartsWith("data: ", StringComparison.Ordinal))
        {
            Data.Add(line["data: ".Length..]);
        }
    }
}
