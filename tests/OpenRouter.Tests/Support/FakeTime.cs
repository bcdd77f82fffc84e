using Microsoft.Extensions.Time.Testing;

namespace OpenRouter.Tests.Support;

/// <summary>
/// A fake clock that jumps straight to each timer the code under test starts, so retry waits are observed exactly
/// and cost no real time. Wraps <see cref="FakeTimeProvider"/>.
/// </summary>
internal sealed class SteppingTime : TimeProvider
{
    private readonly SemaphoreSlim _timerStarted = new(0);
    private long _lastDueTicks;

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Interlocked.Exchange(ref _lastDueTicks, dueTime.Ticks);
            _timerStarted.Release();
        }

        return timer;
    }

    /// <summary>Runs <paramref name="task"/> to completion, advancing the clock to each timer it starts.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await DriveAsync(task);
        return await task;
    }

    public async Task DriveAsync(Task task)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            var started = _timerStarted.WaitAsync(TimeSpan.FromMilliseconds(200));
            await Task.WhenAny(task, started);
            if (started.IsCompletedSuccessfully && started.Result)
            {
                Fake.Advance(TimeSpan.FromTicks(Interlocked.Read(ref _lastDueTicks)));
            }
        }
    }
}
