using System;
using System.Globalization;

namespace OpenRouter.Testing;

/// <summary>Token estimates and prices, the same for every route: about four characters a token, the catalogue's prices.</summary>
internal static class Usage
{
    public static int Tokens(string text) => (text.Length + 3) / 4;

    /// <summary>A catalogue price string as dollars; zero when it is missing, negative (the router's <c>-1</c>) or not a number.</summary>
    public static decimal Price(string? price) =>
        decimal.TryParse(price, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : 0m;

    /// <summary>The cost at the catalogue's prices for a known model; otherwise $1 per million prompt tokens and $2 per million completion tokens.</summary>
    public static decimal Cost(string? model, int promptTokens, int completionTokens)
    {
        if (model is not null
            && ModelCatalogue.Find(model) is { } known
            && decimal.TryParse(known.Prompt, NumberStyles.Float, CultureInfo.InvariantCulture, out var prompt) && prompt >= 0
            && decimal.TryParse(known.Completion, NumberStyles.Float, CultureInfo.InvariantCulture, out var completion) && completion >= 0)
        {
            return (promptTokens * prompt) + (completionTokens * completion);
        }

        return (promptTokens * 0.000001m) + (completionTokens * 0.000002m);
    }

    /// <summary>Seconds rounded to milliseconds, as the wire reports durations.</summary>
    public static double Seconds(double seconds) => Math.Round(seconds, 3);
}
