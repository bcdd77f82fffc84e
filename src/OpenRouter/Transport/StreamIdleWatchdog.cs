using System;
using System.Threading;

namespace OpenRouter.Transport;

/// <summary>Aborts a stream when no byte (comments included) arrives for longer than the idle timeout while a read is pending.</summary>
/// <remarks>
/// Armed before each read and disarmed after it, so a slow consumer between reads is not mistaken for a silent server.
/// One timer per stream; re-arming only moves it, so reads allocate nothing.
/// </remarks>
internal sealed class StreamIdleWatchdog : IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly ITimer? _timer;
    private int _fired;

    public StreamIdleWatchdog(TimeProvider timeProvider, TimeSpan timeout, Action onIdle)
    {
        _timeout = timeout;
        if (timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            _timer = timeProvider.CreateTimer(
                static state =>
                {
                    var (watchdog, callback) = ((StreamIdleWatchdog, Action))state!;
                    if (Interlocked.Exchange(ref watchdog._fired, 1) == 0)
                    {
                        callback();
                    }
                },
                (this, onIdle),
                System.Threading.Timeout.InfiniteTimeSpan,
                System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The idle timeout.</summary>
    public TimeSpan IdleTimeout => _timeout;

    /// <summary>True once the timeout has fired.</summary>
    public bool HasFired => Volatile.Read(ref _fired) != 0;

    public void Arm() => _timer?.Change(_timeout, System.Threading.Timeout.InfiniteTimeSpan);

    public void Disarm() => _timer?.Change(System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer?.Dispose();
}
