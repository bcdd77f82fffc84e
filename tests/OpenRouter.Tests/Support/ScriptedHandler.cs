using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OpenRouter.Tests.Support;

/// <summary>A hand-written HTTP handler that answers from a queue of scripts and records each request with the (fake) time it arrived.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _scripts = new();
    private readonly TimeProvider _time;

    public ScriptedHandler(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public List<SeenRequest> Requests { get; } = [];

    public bool Disposed { get; private set; }

    public ScriptedHandler Enqueue(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> script)
    {
        _scripts.Enqueue(script);
        return this;
    }

    public ScriptedHandler Enqueue(Func<HttpResponseMessage> respond) => Enqueue((_, _) => Task.FromResult(respond()));

    public ScriptedHandler EnqueueJson(HttpStatusCode status, string json, params (string Name, string Value)[] headers) =>
        Enqueue(() => Json(status, json, headers));

    public ScriptedHandler EnqueueSse(string sse, params (string Name, string Value)[] headers) =>
        Enqueue(() => Sse(sse, headers));

    public ScriptedHandler EnqueueThrow(Exception exception) => Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Sse(string sse, params (string Name, string Value)[] headers)
    {
        var content = new StringContent(sse, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new SeenRequest(request.Method.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), request.Content?.Headers.ContentType?.ToString(), body, _time.GetUtcNow()));
        }

        if (!_scripts.TryDequeue(out var script))
        {
            throw new InvalidOperationException($"No scripted answer left for request {Requests.Count}: {request.Method} {request.RequestUri}");
        }

        return await script(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}

internal sealed record SeenRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body, DateTimeOffset At);
