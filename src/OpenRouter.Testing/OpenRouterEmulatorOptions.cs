using System;

namespace OpenRouter.Testing;

/// <summary>Settings of an <see cref="OpenRouterEmulator"/>.</summary>
public sealed class OpenRouterEmulatorOptions
{
    /// <summary>
    /// Gets or sets the only API key the emulator accepts. When <see langword="null"/> (the default) any non-empty
    /// Bearer key is accepted. Either way a request without a key gets 401 on inference, key, credits and generation;
    /// the models and endpoints lookups work without a key, as on OpenRouter.
    /// </summary>
    public string? RequiredApiKey { get; set; }

    /// <summary>
    /// Gets or sets the model reported in answers when neither the script nor the request names one.
    /// The emulator has no account default model: a chat request without <c>model</c> still gets 400.
    /// </summary>
    public string DefaultModel { get; set; } = "openai/gpt-4o-mini";

    /// <summary>Gets or sets the provider name reported in answers (<c>provider</c>, generation stats).</summary>
    public string ProviderName { get; set; } = "Emulator";

    /// <summary>Gets or sets how many <c>: OPENROUTER PROCESSING</c> comment lines precede the first event of a stream.</summary>
    public int KeepAliveCommentsBeforeFirstChunk { get; set; } = 1;

    /// <summary>Gets or sets the pause between two events of a stream (zero by default; useful for demos).</summary>
    public TimeSpan ChunkDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets the credits the account has bought, reported by <c>GET credits</c>.</summary>
    public decimal TotalCredits { get; set; } = 100m;

    /// <summary>
    /// Gets or sets the spending limit of the key, reported by <c>GET key</c> with <c>limit_remaining</c> (the limit minus
    /// the usage so far) and a monthly reset. <see langword="null"/> (the default) reports a key without a limit.
    /// </summary>
    public decimal? KeyLimit { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the loopback server speaks HTTP/2 over cleartext (h2c, prior knowledge)
    /// instead of HTTP/1.1. No effect in process.
    /// </summary>
    /// <remarks>
    /// Clients must then send HTTP/2 from the first byte: <c>HttpClient.DefaultRequestVersion =
    /// HttpVersion.Version20</c> with <c>HttpVersionPolicy.RequestVersionExact</c>. A cancelled stream arrives as
    /// RST_STREAM and is reported like a disconnect.
    /// </remarks>
    public bool UseHttp2 { get; set; }
}
