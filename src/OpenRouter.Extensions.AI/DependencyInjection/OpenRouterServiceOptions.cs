using System;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// Settings of the OpenRouter client and chat client registered in a service collection. Bound from the
/// <c>OpenRouter</c> configuration section by default (<c>OpenRouter:ApiKey</c>, <c>OpenRouter:Endpoint</c>,
/// <c>OpenRouter:DefaultModel</c>, <c>OpenRouter:AppUrl</c>, <c>OpenRouter:AppTitle</c>, <c>OpenRouter:MaxRetries</c>,
/// <c>OpenRouter:RetryWhenConnectionLostAfterSend</c>, <c>OpenRouter:RetryOnInFlightBudgetExhausted</c>,
/// <c>OpenRouter:StreamIdleTimeout</c> (a time span such as <c>00:05:00</c>), <c>OpenRouter:MaxStreamEventBytes</c>,
/// <c>OpenRouter:MaxResponseBytes</c>), then changed by the configure delegate given at registration. Each maps to the
/// <see cref="OpenRouterClientOptions"/> property of the same name and is checked when the host starts.
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

    /// <summary>
    /// Whether a connection that broke after the request was sent, before any answer arrived, is retried. Default true;
    /// see <see cref="OpenRouterClientOptions.RetryWhenConnectionLostAfterSend"/>.
    /// </summary>
    public bool RetryWhenConnectionLostAfterSend { get; set; } = true;

    /// <summary>
    /// Whether a 402 that OpenRouter marks as a transient in-flight budget limit is retried after its
    /// <c>Retry-After</c>. Default true (OpenRouter documents it as transient); see
    /// <see cref="OpenRouterClientOptions.RetryOnInFlightBudgetExhausted"/>.
    /// </summary>
    public bool RetryOnInFlightBudgetExhausted { get; set; } = true;

    /// <summary>
    /// How long a stream may stay silent before it fails with a <see cref="TimeoutException"/>. Default 120 seconds;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> (configuration: <c>-00:00:00.001</c>) turns it off.
    /// </summary>
    public TimeSpan StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The largest server-sent event accepted while streaming, in bytes (default 16 MiB, at least 1024).</summary>
    public int MaxStreamEventBytes { get; set; } = OpenRouterClientOptions.DefaultMaxStreamEventBytes;

    /// <summary>The largest non-streamed answer accepted, in bytes (default 64 MiB, at least 1024).</summary>
    public long MaxResponseBytes { get; set; } = OpenRouterClientOptions.DefaultMaxResponseBytes;

    /// <inheritdoc />
    public override string ToString() =>
        $"OpenRouterServiceOptions {{ Endpoint = {Endpoint}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, DefaultModel = {DefaultModel ?? "(none)"}, AppUrl = {AppUrl}, AppTitle = {AppTitle}, MaxRetries = {MaxRetries}, RetryWhenConnectionLostAfterSend = {RetryWhenConnectionLostAfterSend}, RetryOnInFlightBudgetExhausted = {RetryOnInFlightBudgetExhausted}, StreamIdleTimeout = {StreamIdleTimeout}, MaxStreamEventBytes = {MaxStreamEventBytes}, MaxResponseBytes = {MaxResponseBytes} }}";
}
