namespace OpenRouter.Extensions.AI;

/// <summary>
/// The settings of one OpenRouter registration in a service collection: the client's own
/// <see cref="OpenRouterClientOptions"/> plus the chat client's default model.
/// </summary>
/// <remarks>
/// <para>
/// The configuration section (<c>OpenRouter</c> by default) binds flat: every <see cref="OpenRouterClientOptions"/>
/// property by its own name (<c>OpenRouter:ApiKey</c>, <c>OpenRouter:Endpoint</c>, <c>OpenRouter:MaxRetries</c>,
/// <c>OpenRouter:StreamIdleTimeout</c>...) into <see cref="Client"/>, and <c>OpenRouter:DefaultModel</c> into
/// <see cref="DefaultModel"/>. The configure delegate given at registration runs after binding.
/// </para>
/// <para>
/// When the host starts, <see cref="Client"/> is checked by the same rules, with the same messages, as the
/// <see cref="OpenRouterClient"/> constructor; a registration also requires an API key, and a chat client registration
/// a default model.
/// </para>
/// </remarks>
public sealed class OpenRouterServiceOptions
{
    /// <summary>The settings of the registered <see cref="OpenRouterClient"/>, passed to its constructor as they are.</summary>
    /// <remarks>
    /// <see cref="OpenRouterClientOptions.TimeProvider"/> starts as the container's <see cref="System.TimeProvider"/>
    /// when one is registered. When the configuration section has no <c>ApiKey</c>, the top-level configuration value
    /// <c>OPENROUTER_API_KEY</c> is used.
    /// </remarks>
    public OpenRouterClientOptions Client { get; } = new();

    /// <summary>The model used when a request names none, e.g. <c>openai/gpt-4o-mini</c>; required by the chat client registrations.</summary>
    public string? DefaultModel { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"OpenRouterServiceOptions {{ DefaultModel = {DefaultModel ?? "(none)"}, Client = {Client} }}";
}
