namespace OpenRouter.Extensions.AI;

/// <summary>
/// The settings of one OpenRouter registration in a service collection: the client's own
/// <see cref="OpenRouterClientOptions"/> plus the default model of each kind of client.
/// </summary>
/// <remarks>
/// <para>
/// The configuration section (<c>OpenRouter</c> by default) binds flat: every <see cref="OpenRouterClientOptions"/>
/// property by its own name (<c>OpenRouter:ApiKey</c>, <c>OpenRouter:Endpoint</c>, <c>OpenRouter:MaxRetries</c>,
/// <c>OpenRouter:StreamIdleTimeout</c>...) into <see cref="Client"/>, and <c>OpenRouter:DefaultModel</c>,
/// <c>OpenRouter:DefaultEmbeddingModel</c> and the other defaults into their properties. The configure delegate given at
/// registration runs after binding.
/// </para>
/// <para>
/// When the host starts, <see cref="Client"/> is checked by the same rules, with the same messages, as the
/// <see cref="OpenRouterClient"/> constructor; a registration also requires an API key, and each client registration the
/// default model of its kind (a chat client <see cref="DefaultModel"/>, an embedding generator
/// <see cref="DefaultEmbeddingModel"/>...).
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

    /// <summary>The embedding model used when a request names none, e.g. <c>openai/text-embedding-3-large</c>; required by the embedding generator registrations.</summary>
    public string? DefaultEmbeddingModel { get; set; }

    /// <summary>The vector length asked for when a request sets none (<c>dimensions</c>); null for the model's own length.</summary>
    public int? DefaultEmbeddingDimensions { get; set; }

    /// <summary>The image model used when a request names none, e.g. <c>google/gemini-2.5-flash-image</c>; required by the image generator registrations.</summary>
    public string? DefaultImageModel { get; set; }

    /// <summary>The transcription model used when a request names none, e.g. <c>openai/whisper-large-v3</c>; required by the speech-to-text registrations.</summary>
    public string? DefaultSpeechToTextModel { get; set; }

    /// <summary>The speech model used when a request names none, e.g. <c>openai/gpt-4o-mini-tts</c>; required by the text-to-speech registrations.</summary>
    public string? DefaultTextToSpeechModel { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"OpenRouterServiceOptions {{ DefaultModel = {DefaultModel ?? "(none)"}, DefaultEmbeddingModel = {DefaultEmbeddingModel ?? "(none)"}, DefaultImageModel = {DefaultImageModel ?? "(none)"}, " +
        $"DefaultSpeechToTextModel = {DefaultSpeechToTextModel ?? "(none)"}, DefaultTextToSpeechModel = {DefaultTextToSpeechModel ?? "(none)"}, Client = {Client} }}";
}
