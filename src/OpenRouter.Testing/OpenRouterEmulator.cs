using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OpenRouter.Testing;

/// <summary>
/// An offline OpenRouter: answers the OpenRouter HTTP API from scripts or by itself, injects faults, and records every
/// request.
/// </summary>
/// <remarks>
/// It answers chat and legacy completions (JSON and SSE), embeddings, images, speech, transcriptions and rerank, the
/// catalogs (models, endpoints, embedding and image models, providers, model count, zero-data-retention endpoints),
/// key, credits and generation. Start it as a real loopback HTTP/1.1 server with <see cref="StartAsync"/>, or without
/// a socket with <see cref="CreateInProcess"/> and <see cref="CreateHandler"/>.
/// </remarks>
/// <example>
/// <code>
/// await using var emulator = await OpenRouterEmulator.StartAsync();
/// emulator.Enqueue(EmulatorResponse.Chat("Paris."));
/// // point the client at emulator.Endpoint with any non-empty API key
/// </code>
/// </example>
public sealed partial class OpenRouterEmulator : IAsyncDisposable, IDisposable
{
    private static readonly Uri InProcessEndpoint = new("http://localhost/api/v1/");

    private readonly OpenRouterEmulatorOptions _options;
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<EmulatorResponse> _anyPath = new();
    private readonly Dictionary<string, Queue<EmulatorResponse>> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Waiter> _requestWaiters = [];
    private readonly List<Waiter> _disconnectWaiters = [];
    private readonly ConcurrentDictionary<string, GenerationRecord> _generations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _shutdown = new();
    private WebApplication? _app;
    private int _activeConnections;
    private long _generationCounter;
    private int _disposed;

    private OpenRouterEmulator(OpenRouterEmulatorOptions? options, Uri endpoint)
    {
        _options = options ?? new OpenRouterEmulatorOptions();
        Endpoint = endpoint;
    }

    /// <summary>Gets the API root, e.g. <c>http://127.0.0.1:54321/api/v1/</c> (in process: <c>http://localhost/api/v1/</c>, a loopback name so that clients send their key to it; no socket is opened).</summary>
    public Uri Endpoint { get; private set; }

    /// <summary>Gets a snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>Gets how many scripted responses wait to be used.</summary>
    public int PendingResponses
    {
        get
        {
            lock (_gate)
            {
                return _anyPath.Count + _byPath.Values.Sum(q => q.Count);
            }
        }
    }

    /// <summary>
    /// Gets the number of connections open now: TCP connections of the loopback server, plus in-process responses whose
    /// body the client has not disposed yet. Use it to check that a client does not leak connections.
    /// </summary>
    public int ActiveConnections => Volatile.Read(ref _activeConnections);

    /// <summary>
    /// Starts a real HTTP server (Kestrel, HTTP/1.1; or HTTP/2 over cleartext with prior knowledge when
    /// <see cref="OpenRouterEmulatorOptions.UseHttp2"/> is set) on <c>127.0.0.1</c> and a port the OS chooses.
    /// </summary>
    /// <param name="options">The settings; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop the server.</returns>
    public static async Task<OpenRouterEmulator> StartAsync(OpenRouterEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new OpenRouterEmulator(options, InProcessEndpoint);
        var app = BuildServer(emulator);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        emulator._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        emulator.Endpoint = new Uri(address.TrimEnd('/') + "/api/v1/");
        return emulator;
    }

    /// <summary>The Kestrel application that hands each request of the loopback server to <paramref name="emulator"/>; not started.</summary>
    private static WebApplication BuildServer(OpenRouterEmulator emulator)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();

        // Inline scheduling makes an awaited flush hand the bytes to the socket before it returns, so a scripted reset
        // (ResetAfterEvents) cannot overtake the events it follows when the machine is busy; every handler here is async.
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => ListenOn(listen, emulator));
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        app.Run(async context =>
        {
            KestrelExchange exchange;
            try
            {
                exchange = await KestrelExchange.CreateAsync(context).ConfigureAwait(false);
            }
            catch (Exception) when (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            await emulator.ProcessAsync(exchange).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>Sets the listener's protocol (HTTP/1.1, or HTTP/2 with prior knowledge) and counts its open connections.</summary>
    private static void ListenOn(ListenOptions listen, OpenRouterEmulator emulator)
    {
        listen.Protocols = emulator._options.UseHttp2 ? HttpProtocols.Http2 : HttpProtocols.Http1;
        listen.Use(next => async connection =>
        {
            emulator.ConnectionOpened();
            try
            {
                await next(connection).ConfigureAwait(false);
            }
            finally
            {
                emulator.ConnectionClosed();
            }
        });
    }

    /// <summary>
    /// Returns an API root on <c>127.0.0.1</c> where nothing listens, so a connection attempt is refused at once: the
    /// "connection refused" fault. The port was free a moment ago; another process could take it, but that is rare.
    /// </summary>
    /// <returns>An endpoint such as <c>http://127.0.0.1:54321/api/v1/</c>.</returns>
    public static Uri CreateRefusedEndpoint()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/api/v1/"));
    }

    /// <summary>Creates an emulator without a socket; send requests through <see cref="CreateHandler"/>.</summary>
    /// <param name="options">The settings; defaults when <see langword="null"/>.</param>
    /// <returns>The emulator.</returns>
    public static OpenRouterEmulator CreateInProcess(OpenRouterEmulatorOptions? options = null) => new(options, InProcessEndpoint);

    /// <summary>
    /// Creates a handler that runs the emulator's logic in process (any host name is accepted). Streamed answers flow
    /// through a pipe, so events arrive one by one; disposing the response or cancelling a read counts as a disconnect.
    /// Works for a started server too.
    /// </summary>
    /// <returns>A new handler; the caller owns it.</returns>
    public HttpMessageHandler CreateHandler() => new InProcessHandler(this);

    /// <summary>Queues a scripted response for the next request, whatever its path (FIFO, one script per request).</summary>
    /// <param name="response">The script.</param>
    public void Enqueue(EmulatorResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate)
        {
            _anyPath.Enqueue(response);
        }
    }

    /// <summary>
    /// Queues a scripted response for the next request to <paramref name="path"/> (relative to the API root, e.g.
    /// <c>chat/completions</c>, <c>models</c>, <c>generation</c>). Path scripts are used before path-less ones.
    /// </summary>
    /// <param name="path">The path, without query string.</param>
    /// <param name="response">The script.</param>
    public void Enqueue(string path, EmulatorResponse response)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(response);
        var key = NormalizeScriptPath(path);
        lock (_gate)
        {
            if (!_byPath.TryGetValue(key, out var queue))
            {
                queue = new Queue<EmulatorResponse>();
                _byPath[key] = queue;
            }

            queue.Enqueue(response);
        }
    }

    /// <summary>
    /// Waits for the first request (already received or still to come) that matches <paramref name="predicate"/>.
    /// </summary>
    /// <param name="predicate">The condition; any request when <see langword="null"/>.</param>
    /// <param name="timeout">How long to wait; 10 seconds by default.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The request.</returns>
    /// <exception cref="TimeoutException">No such request arrived in time.</exception>
    public Task<RecordedRequest> WaitForRequestAsync(
        Func<RecordedRequest, bool>? predicate = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        predicate ??= static _ => true;
        return WaitAsync(_requestWaiters, predicate, timeout, cancellationToken);
    }

    /// <summary>
    /// Waits until the emulator sees a client go away before its response was complete, and returns that request.
    /// </summary>
    /// <remarks>
    /// Its <see cref="RecordedRequest.AbortedAt"/> tells when; its remarks say what counts as a disconnect. Completes
    /// at once if a recorded request was already abandoned: then it returns the first such request in arrival order.
    /// </remarks>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The first abandoned request.</returns>
    /// <exception cref="TimeoutException">No client went away in time.</exception>
    public Task<RecordedRequest> WaitForClientDisconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitAsync(_disconnectWaiters, static r => r.AbortedAt is not null, timeout, cancellationToken);

    /// <summary>Waits until the client of a request that matches <paramref name="predicate"/> goes away, and returns that request.</summary>
    /// <remarks>Use it to tell apart the disconnects of several calls on one emulator, for example by request order.</remarks>
    /// <param name="predicate">Which requests count.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The first matching abandoned request in arrival order.</returns>
    /// <exception cref="TimeoutException">No matching client went away in time.</exception>
    public Task<RecordedRequest> WaitForClientDisconnectAsync(Func<RecordedRequest, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return WaitAsync(_disconnectWaiters, r => r.AbortedAt is not null && predicate(r), timeout, cancellationToken);
    }

    /// <summary>Stops the server (if any) and ends every stalled response.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _shutdown.CancelAsync().ConfigureAwait(false);
        if (_app is { } app)
        {
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await app.StopAsync(stopTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Shutting down anyway.
            }

            await app.DisposeAsync().ConfigureAwait(false);
        }

        _shutdown.Dispose();
    }

    /// <summary>Stops the server (if any) and ends every stalled response.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal void ConnectionOpened() => Interlocked.Increment(ref _activeConnections);

    internal void ConnectionClosed() => Interlocked.Decrement(ref _activeConnections);

    private static string NormalizeScriptPath(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        path = path.Trim('/');
        return path.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) ? path["api/v1/".Length..] : path;
    }

    private EmulatorResponse? DequeueScript(string path)
    {
        lock (_gate)
        {
            if (_byPath.TryGetValue(path, out var queue) && queue.TryDequeue(out var scripted))
            {
                return scripted;
            }

            return _anyPath.TryDequeue(out var any) ? any : null;
        }
    }

    private void Record(RecordedRequest request)
    {
        List<Waiter> ready;
        lock (_gate)
        {
            _requests.Add(request);
            ready = TakeMatches(_requestWaiters, request);
        }

        foreach (var waiter in ready)
        {
            waiter.Completion.TrySetResult(request);
        }
    }

    private void OnClientDisconnected(RecordedRequest request)
    {
        if (request.GenerationId is { } id && _generations.TryGetValue(id, out var generation))
        {
            generation.Cancelled = true;
        }

        List<Waiter> ready;
        lock (_gate)
        {
            ready = TakeMatches(_disconnectWaiters, request);
        }

        foreach (var waiter in ready)
        {
            waiter.Completion.TrySetResult(request);
        }
    }

    private static List<Waiter> TakeMatches(List<Waiter> waiters, RecordedRequest request)
    {
        var ready = waiters.Where(w => w.Predicate(request)).ToList();
        foreach (var waiter in ready)
        {
            waiters.Remove(waiter);
        }

        return ready;
    }

    private async Task<RecordedRequest> WaitAsync(List<Waiter> waiters, Func<RecordedRequest, bool> predicate, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            var existing = _requests.FirstOrDefault(predicate);
            if (existing is not null)
            {
                return existing;
            }

            waiter = new Waiter(predicate);
            waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                waiters.Remove(waiter);
            }
        }
    }

    private sealed class Waiter(Func<RecordedRequest, bool> predicate)
    {
        public Func<RecordedRequest, bool> Predicate { get; } = predicate;

        public TaskCompletionSource<RecordedRequest> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
