namespace OpenRouter.TestKit;

/// <summary>Real-time waits and bounds for tests that measure wall-clock latency.</summary>
public static class WallClock
{
    /// <summary>
    /// Runs <paramref name="measure"/> up to <paramref name="attempts"/> times and passes as soon as one measurement is
    /// within <paramref name="budget"/>; otherwise fails listing every latency measured. Each attempt must set up what it
    /// measures afresh (its own stalled response, say). On a loaded machine one wake-up can come late (CI once saw
    /// 102.8 ms against 100 ms); code that really misses the bound (a handler that drains for 2 s instead of closing
    /// the connection) misses it on every attempt.
    /// </summary>
    public static async Task WithinBudgetAsync(TimeSpan budget, Func<Task<TimeSpan>> measure, int attempts = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var seen = new List<TimeSpan>();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var latency = await measure();
            seen.Add(latency);
            if (latency < budget)
            {
                return;
            }
        }

        Assert.Fail($"no attempt was within {budget.TotalMilliseconds} ms: measured {string.Join(", ", seen.Select(t => $"{t.TotalMilliseconds:F1} ms"))} in {attempts} attempts");
    }

    /// <summary>Waits (real time, polling every 10 ms, 3 s by default) until <paramref name="condition"/> holds; false if it never did.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(3));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
