using System;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// Settings of the OpenRouter client and chat client registered in a service collection. Bound from the
/// <c>OpenRouter</c> configuration section by default (<c>OpenRouter:ApiKey</c>, <c>OpenRouter:Endpoint</c>,
/// <c>OpenRouter:DefaultModel</c>, <c>OpenRouter:AppUrl</c>, <c>OpenRouter:AppTitle</c>, <c>OpenRouter:MaxRetries</c>),
/// then changed by the configure delegate given at registration.
/// </summary>
public sealed class OpenRouterServiceOptions
{
    /// <summary>
    /// The OpenRouter API key (<c>sk-or-v1-...</c>), sent as <c>Authorization: Bearer</c>. When the configuration
    /// section does not set it, the top-level configuration value <c>OPENROUTER_API_KEY</c> is used. Never printed by
    /// <see cref="ToString"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The API root, <c>https://openrouter.ai/api/v1/</c> by default. Plain HTTP is accepted only for loopback hosts.</summary>
    public Uri Endpoint { get; set; } = OpenRouterClientOptions.DefaultEndpoint;

    /// <summary>
    /// The model used when a request does not name one, e.g. <c>openai/gpt-4o-mini</c>. Required by the chat client
    /// registrations; the bare <see cref="OpenRouterClient"/> registration does not need it.
    /// </summary>
    public string? DefaultModel { get; set; }

    /// <summary>Your app's URL, sent as <c>HTTP-Referer</c> for app attribution.</summary>
    public string? AppUrl { get; set; }

    /// <summary>Your app's display name, sent as <c>X-OpenRouter-Title</c> (and the legacy <c>X-Title</c>).</summary>
    public string? AppTitle { get; set; }

    /// <summary>How many times a failed request is retried. Default 2; 0 turns the built-in retries off.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <inheritdoc />
    public override string ToString() =>
        $"OpenRouterServiceOptions {{ Endpoint = {Endpoint}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, DefaultModel = {DefaultModel ?? "(none)"}, AppUrl = {AppUrl}, AppTitle = {AppTitle}, MaxRetries = {MaxRetries} }}";
}
