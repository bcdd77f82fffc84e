using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// OpenRouter's error object, <c>{"code", "message", "metadata"}</c>, as it appears in an error body, at the top of a
/// streamed chunk, or on a choice. Availability errors add <c>error_type</c>, <c>http_status</c> and <c>availability</c>.
/// </summary>
public sealed class OpenRouterError
{
    /// <summary>The <c>code</c> as sent: a number (usually the HTTP status), a string such as <c>server_error</c>, or absent.</summary>
    [JsonPropertyName("code")]
    public JsonElement? Code { get; init; }

    /// <summary>The human-readable <c>message</c>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The free-form <c>metadata</c> object (error type, provider name, raw provider error, moderation reasons...).</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>The <c>error_type</c> sent at the error level by availability errors (chat errors put it in <see cref="Metadata"/>).</summary>
    [JsonPropertyName("error_type")]
    public string? ErrorType { get; init; }

    /// <summary>The <c>http_status</c> sent at the error level by availability errors.</summary>
    [JsonPropertyName("http_status")]
    public int? HttpStatus { get; init; }

    /// <summary>The <c>availability</c> object of a model-availability error, when present.</summary>
    [JsonPropertyName("availability")]
    public ModelAvailabilityError? Availability { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of an error answer: <c>{"error": {...}, "user_id": "..."}</c>.</summary>
internal sealed class OpenRouterErrorBody
{
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }
}
