using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Testing;

/// <summary>
/// One request and its response, independent of how it travels: Kestrel over loopback or an in-process pipe.
/// Every write is flushed at once so streamed events arrive one by one.
/// </summary>
internal abstract class EmulatorExchange
{
    private int _serverAborted;
    private int _finished;
    private long _clientGoneAtTicks;

    public abstract string Method { get; }

    /// <summary>Gets the decoded absolute path, e.g. <c>/api/v1/chat/completions</c>.</summary>
    public abstract string AbsolutePath { get; }

    public abstract string? QueryString { get; }

    public abstract IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the body as it arrived, byte for byte.</summary>
    public abstract byte[] BodyBytes { get; }

    /// <summary>Gets the body decoded as UTF-8 (invalid sequences replaced).</summary>
    public string Body => Encoding.UTF8.GetString(BodyBytes);

    /// <summary>Gets a token cancelled when the client goes away.</summary>
    public abstract CancellationToken ClientAborted { get; }

    public abstract bool HasStarted { get; }

    /// <summary>Gets a value indicating whether the emulator itself reset the connection.</summary>
    public bool ServerAborted => Volatile.Read(ref _serverAborted) != 0;

    /// <summary>Gets a value indicating whether the whole response was handed over.</summary>
    public bool Finished => Volatile.Read(ref _finished) != 0;

    /// <summary>
    /// Gets when the client went away while the response was open (neither <see cref="Finished"/> nor
    /// <see cref="ServerAborted"/>), or <see langword="null"/> while it has not: the first of <see cref="ClientAborted"/>
    /// and a write that found the connection closed.
    /// </summary>
    public DateTimeOffset? ClientGoneAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _clientGoneAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public abstract void SetStatus(int status);

    public abstract void AddHeader(string name, string value);

    public abstract void SetContentLength(long length);

    /// <summary>Sends the status line and headers.</summary>
    public abstract Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Writes and flushes; throws <see cref="OperationCanceledException"/> when the client has gone.</summary>
    public abstract ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>
    /// Notes that the client went away, unless the response was already finished or reset by the emulator (then the
    /// close is the end of the exchange, not a disconnect). Only the first note sets <see cref="ClientGoneAt"/>.
    /// </summary>
    public void NoteClientGone()
    {
        if (!Finished && !ServerAborted)
        {
            Interlocked.CompareExchange(ref _clientGoneAtTicks, DateTimeOffset.UtcNow.UtcTicks, 0);
        }
    }

    /// <summary>Resets the connection (or, in process, fails the response).</summary>
    public void Abort()
    {
        if (Interlocked.Exchange(ref _serverAborted, 1) == 0)
        {
            AbortCore();
        }
    }

    /// <summary>Resets the connection once what was written has left the emulator, so the client reads it before the reset.</summary>
    public async Task AbortAfterDeliveryAsync()
    {
        await WaitForDeliveryAsync().ConfigureAwait(false);
        Abort();
    }

    /// <summary>Ends the response normally.</summary>
    public async Task CompleteAsync()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 0)
        {
            await CompleteCoreAsync().ConfigureAwait(false);
        }
    }

    protected abstract void AbortCore();

    protected virtual Task WaitForDeliveryAsync() => Task.CompletedTask;

    protected abstract Task CompleteCoreAsync();
}
