using System;

namespace OpenRouter.Extensions.AI.Cost;

/// <summary>Converts between US dollars and the whole picodollars (10^-12 USD) that cost counts are kept in, in decimal arithmetic only.</summary>
/// <remarks>
/// A picodollar is fine enough for every OpenRouter price: catalogue prices per token have at most 11 decimals
/// (<c>0.00000001875</c>, a cache read at $0.01875 per million tokens, is 18,750 picodollars; $0.02 per million tokens
/// is 20,000 per token), so any token count times any price is a whole number of picodollars, where nanodollars
/// would already round a single token. A <see cref="long"/> of them reaches $9,223,372.04, far more than one
/// <see cref="Microsoft.Extensions.AI.UsageDetails"/> sums (femtodollars would stop at $9,223).
/// </remarks>
internal static class PicoUsd
{
    /// <summary>Picodollars in one US dollar.</summary>
    public const decimal PerUsd = 1_000_000_000_000m;

    /// <summary>The largest amount in dollars whose picodollars fit in a <see cref="long"/>.</summary>
    public static readonly decimal MaxUsd = long.MaxValue / PerUsd;

    /// <summary>
    /// <paramref name="usd"/> in whole picodollars: exact for amounts with up to 12 decimals, otherwise rounded to the
    /// nearest (half away from zero); null when the amount is beyond ±<see cref="MaxUsd"/>.
    /// </summary>
    public static long? FromUsd(decimal usd)
    {
        if (Math.Abs(usd) > MaxUsd)
        {
            return null;
        }

        return (long)decimal.Round(usd * PerUsd, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary><paramref name="picodollars"/> in US dollars, exactly (a decimal with at most 12 decimals).</summary>
    public static decimal ToUsd(long picodollars) => picodollars / PerUsd;
}
