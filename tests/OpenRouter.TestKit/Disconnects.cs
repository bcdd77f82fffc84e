using OpenRouter.Testing;

namespace OpenRouter.TestKit;

/// <summary>When the emulator saw a client go away.</summary>
public static class Disconnects
{
    /// <summary>
    /// The first request from the <paramref name="fromRequest"/>th on (in arrival order) that the emulator saw its client
    /// abandon, waiting up to <paramref name="timeout"/> (5 s by default), so a second attempt on the same emulator
    /// finds its own disconnect.
    /// </summary>
    /// <exception cref="TimeoutException">No such request was abandoned in time.</exception>
    public static Task<RecordedRequest> WaitForDisconnectAsync(this OpenRouterEmulator emulator, int fromRequest = 0, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromRequest);
        return emulator.WaitForClientDisconnectAsync(r => emulator.Requests.Skip(fromRequest).Contains(r), timeout ?? TimeSpan.FromSeconds(5));
    }

    /// <summary>How long after <paramref name="since"/> the emulator saw the disconnect of <see cref="WaitForDisconnectAsync"/>.</summary>
    public static async Task<TimeSpan> DisconnectLagAsync(this OpenRouterEmulator emulator, DateTimeOffset since, int fromRequest = 0, TimeSpan? timeout = null)
    {
        var abandoned = await emulator.WaitForDisconnectAsync(fromRequest, timeout);
        return abandoned.AbortedAt!.Value - since;
    }
}
