using System;

namespace OpenRouter.Extensions.AI;

/// <summary>Converts between US dollars and the whole nano-dollars an <see cref="IOpenRouterSpendStore"/> keeps.</summary>
public static class OpenRouterSpendUnits
{
    /// <summary>Nano-dollars in one US dollar: 1,000,000,000.</summary>
    public const long NanoUsdPerUsd = 1_000_000_000L;

    /// <summary>Converts dollars to nano-dollars, rounding fractions of a nano-dollar away from zero so that spend is never under-counted.</summary>
    /// <param name="usd">The amount in US dollars.</param>
    /// <returns>The amount in nano-dollars.</returns>
    /// <exception cref="OverflowException">The amount is beyond about ±9.2 billion dollars.</exception>
    public static long ToNanoUsd(decimal usd)
    {
        var nano = usd * NanoUsdPerUsd;
        return (long)(nano >= 0 ? Math.Ceiling(nano) : Math.Floor(nano));
    }

    /// <summary>Converts nano-dollars to dollars.</summary>
    /// <param name="nanoUsd">The amount in nano-dollars.</param>
    /// <returns>The amount in US dollars.</returns>
    public static decimal ToUsd(long nanoUsd) => (decimal)nanoUsd / NanoUsdPerUsd;
}
