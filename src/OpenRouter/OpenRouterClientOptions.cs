using System;

namespace OpenRouter;

/// <summary>Settings of an <see cref="OpenRouterClient"/>.</summary>
public sealed class OpenRouterClientOptions
{
    /// <summary>The default API root, <c>https://openrouter.ai/api/v1/</c>.</summary>
    public static readonly Uri DefaultEndpoint = new("https://openrouter.ai/api/v1/");

    /// <summary>The OpenRouter API key, sent as <c>Authorization: Bearer</c>. Never printed by <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API root that paths such as <c>chat/completions</c> are resolved against. Defaults to <see cref="DefaultEndpoint"/>.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>Your app's URL, sent as <c>HTTP-Referer</c> for app attribution.</summary>
    public string? AppUrl { get; set; }

    /// <summary>Your app's display name, sent as <c>X-OpenRouter-Title</c> and the legacy <c>X-Title</c>.</summary>
    public string? AppTitle { get; set; }

    /// <summary>How many times a failed request is retried (408, 429, 5xx, connection failures). Default 2; 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The clock used for retry waits; tests inject a fake one. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <inheritdoc />
    public override string ToString() =>
        $"OpenRouterClientOptions {{ Endpoint = {Endpoint}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, AppUrl = {AppUrl}, AppTitle = {AppTitle}, MaxRetries = {MaxRetries} }}";
}
