using OpenRouter.Testing;

namespace OpenRouter.TestKit;

/// <summary>When the emulator saw a client go away.</summary>
public static class Disconnects
{
    /// <summary>
    /// The first request from the <paramref name="fromRequest"/>th on (in arrival order) that the emulator saw its client
    /// abandon, waiting up to <paramref name="timeout"/> (5 s by default). Unlike
    /// <see cref="OpenRouterEmulator.WaitForClientDisconnectAsync"/>, which returns the first abandoned request ever,
    /// it finds the disconnect of a second attempt on the same emulator.
    /// </summary>
    /// <exception cref="TimeoutException">No such request was abandoned in time.</exception>
    public static async Task<RecordedRequest> WaitForDisconnectAsync(this OpenRouterEmulator emulator, int fromRequest = 0, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromRequest);
        if (fromRequest == 0)
        {
            return await emulator.WaitForClientDisconnectAsync(timeout ?? TimeSpan.FromSeconds(5));
        }

        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            // AbortedAt is stamped when the emulator sees the disconnect, so polling does not add to the measured lag.
            if (emulator.Requests.Skip(fromRequest).FirstOrDefault(r => r.AbortedAt is not null) is { } abandoned)
            {
                return abandoned;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no client went away among requests {fromRequest} and after in {timeout ?? TimeSpan.FromSeconds(5)}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>How long after <paramref name="since"/> the emulator saw the disconnect of <see cref="WaitForDisconnectAsync"/>.</summary>
    public static async Task<TimeSpan> DisconnectLagAsync(this OpenRouterEmulator emulator, DateTimeOffset since, int fromRequest = 0, TimeSpan? timeout = null)
    {
        var abandoned = await emulator.WaitForDisconnectAsync(fromRequest, timeout);
        return abandoned.AbortedAt!.Value - since;
    }
}
