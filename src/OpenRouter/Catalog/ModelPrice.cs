using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>A catalogue price as sent: a decimal string in USD per token or unit, or <c>"-1"</c> for a dynamic price.</summary>
/// <remarks>
/// A dynamic price (routers, aliases) has <see cref="IsDynamic"/> true and <see cref="Value"/> null, so it can never be
/// used in arithmetic. <see cref="Raw"/> keeps the original text and is what is written back.
/// </remarks>
[JsonConverter(typeof(ModelPriceJsonConverter))]
public readonly struct ModelPrice : IEquatable<ModelPrice>
{
    /// <summary>Creates a price from its wire text.</summary>
    /// <param name="raw">The text, e.g. <c>0.0000003</c> or <c>-1</c>.</param>
    public ModelPrice(string raw)
    {
        Raw = raw ?? throw new ArgumentNullException(nameof(raw));
        var parsed = decimal.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null;
        IsDynamic = parsed == -1m;
        Value = IsDynamic ? null : parsed;
    }

    /// <summary>The text as sent.</summary>
    public string? Raw { get; }

    /// <summary>The price, parsed with the invariant culture; null when dynamic or not a number.</summary>
    public decimal? Value { get; }

    /// <summary>True when the price is the dynamic sentinel <c>-1</c> (unknown until routed).</summary>
    public bool IsDynamic { get; }

    /// <summary>True when the price is exactly zero.</summary>
    public bool IsFree => Value == 0m;

    /// <summary>Compares two prices by their raw text.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    public static bool operator ==(ModelPrice left, ModelPrice right) => left.Equals(right);

    /// <summary>Compares two prices by their raw text.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    public static bool operator !=(ModelPrice left, ModelPrice right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ModelPrice other) => string.Equals(Raw, other.Raw, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelPrice other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Raw is null ? 0 : StringComparer.Ordinal.GetHashCode(Raw);

    /// <inheritdoc />
    public override string ToString() => Raw ?? string.Empty;
}

internal sealed class ModelPriceJsonConverter : JsonConverter<ModelPrice>
{
    public override ModelPrice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ModelPrice(reader.GetString() ?? string.Empty),
        JsonTokenType.Number => new ModelPrice(JsonReading.RawText(ref reader)),
        JsonTokenType.Null => default,
        _ => throw new JsonException($"Expected a price string or number, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, ModelPrice value, JsonSerializerOptions options)
    {
        if (value.Raw is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Raw);
        }
    }
}
