using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace OpenRouter.Testing;

/// <summary>An exchange served by Kestrel over loopback.</summary>
internal sealed class KestrelExchange : EmulatorExchange
{
    private readonly HttpContext _context;
    private readonly Dictionary<string, string> _headers;
    private byte[] _body = [];

    private KestrelExchange(HttpContext context)
    {
        _context = context;
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in context.Request.Headers)
        {
            _headers[header.Key] = header.Value.ToString();
        }
    }

    public override string Method => _context.Request.Method;

    public override string AbsolutePath => (_context.Request.PathBase + _context.Request.Path).Value ?? "/";

    public override string? QueryString => _context.Request.QueryString.HasValue ? _context.Request.QueryString.Value : null;

    public override IReadOnlyDictionary<string, string> Headers => _headers;

    public override byte[] BodyBytes => _body;

    public override CancellationToken ClientAborted => _context.RequestAborted;

    public override bool HasStarted => _context.Response.HasStarted;

    public static async Task<KestrelExchange> CreateAsync(HttpContext context)
    {
        var exchange = new KestrelExchange(context);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        exchange._body = buffer.ToArray();
        return exchange;
    }

    public override void SetStatus(int status) => _context.Response.StatusCode = status;

    public override void AddHeader(string name, string value) => _context.Response.Headers.Append(name, value);

    public override void SetContentLength(long length) => _context.Response.ContentLength = length;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _context.Response.StartAsync(cancellationToken).ConfigureAwait(false);
        await _context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>
    /// A write is often the first to learn that the client closed the connection: Kestrel completes its output at once
    /// but cancels <see cref="HttpContext.RequestAborted"/> later, from the thread pool (two hops when the machine is
    /// busy). Such a write notes the client gone before it throws, so the disconnect is not lost to the reset that
    /// follows.
    /// </remarks>
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        FlushResult result;
        try
        {
            result = await _context.Response.BodyWriter.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or ConnectionAbortedException)
        {
            NoteClientGone();
            throw;
        }

        if (result.IsCanceled || result.IsCompleted)
        {
            NoteClientGone();
            throw new OperationCanceledException("The client went away.", ClientAborted);
        }
    }

    protected override void AbortCore() => _context.Abort();

    // Kestrel drops output still queued for the socket when the connection is aborted; give it time to leave.
    protected override Task WaitForDeliveryAsync() => Task.Delay(50);

    protected override Task CompleteCoreAsync() => _context.Response.CompleteAsync();
}
