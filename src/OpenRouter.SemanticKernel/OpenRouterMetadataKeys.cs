namespace OpenRouter.SemanticKernel;

/// <summary>
/// The <c>Metadata</c> keys of the contents returned by OpenRouter's Semantic Kernel services. A key is present only
/// when OpenRouter sent the value; when streaming, each key appears on the update whose chunk carried it.
/// </summary>
/// <remarks>
/// Chat completion and text generation use most keys; text-to-image gives <see cref="CreatedAt"/>,
/// <see cref="Provider"/>, <see cref="Usage"/> and <see cref="Cost"/>; audio-to-text <see cref="Provider"/>,
/// <see cref="Usage"/>, <see cref="Cost"/>, <see cref="Language"/>, <see cref="Duration"/> and <see cref="Segments"/>;
/// text-to-audio <see cref="Id"/>, the generation id to look its cost up with.
/// </remarks>
public static class OpenRouterMetadataKeys
{
    /// <summary>The generation id (<c>gen-...</c>), a <see cref="string"/>; pass it to <c>OpenRouterClient.GetGenerationAsync</c>.</summary>
    public const string Id = "Id";

    /// <summary>When the generation was created, a <see cref="System.DateTimeOffset"/>.</summary>
    public const string CreatedAt = "CreatedAt";

    /// <summary>The model that served the request, a <see cref="string"/>; may differ from the requested one (fallbacks, routers).</summary>
    public const string Model = "Model";

    /// <summary>The provider that served the request, a <see cref="string"/>, e.g. <c>Anthropic</c>.</summary>
    public const string Provider = "Provider";

    /// <summary>Why generation stopped, as normalised by OpenRouter, a <see cref="string"/>: <c>stop</c>, <c>length</c>, <c>tool_calls</c>, <c>content_filter</c>, <c>error</c>.</summary>
    public const string FinishReason = "FinishReason";

    /// <summary>The provider's own finish reason, a <see cref="string"/>, e.g. <c>end_turn</c>.</summary>
    public const string NativeFinishReason = "NativeFinishReason";

    /// <summary>
    /// Token usage, a <see cref="Microsoft.Extensions.AI.UsageDetails"/> (cached and reasoning tokens included). For a
    /// chat completion with automatic function calling it sums every request of the exchange.
    /// </summary>
    public const string Usage = "Usage";

    /// <summary>
    /// The sources of a web-searched answer (<c>url_citation</c> annotations), an
    /// <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of
    /// <see cref="Microsoft.Extensions.AI.CitationAnnotation"/>.
    /// </summary>
    /// <remarks>
    /// Each gives the URL, title, snippet and, when OpenRouter gives one, the cited span of the text. When streaming,
    /// they are on the updates whose chunks brought them. The number of searches is in <see cref="Usage"/>'s
    /// <c>AdditionalCounts</c> under <see cref="OpenRouter.Extensions.AI.OpenRouterUsageKeys.WebSearchRequests"/>.
    /// </remarks>
    public const string Citations = "Citations";

    /// <summary>
    /// What the request cost in credits (USD), a <see cref="decimal"/>: the one request that produced this content (with
    /// automatic function calling, the last request of the exchange; see <see cref="TotalCost"/>).
    /// </summary>
    public const string Cost = "Cost";

    /// <summary>
    /// What every request behind this content cost in credits (USD), a <see cref="decimal"/>: with automatic function
    /// calling, the sum over the whole exchange.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The exchange is each function-call request and the final answer, as <see cref="Usage"/> sums its tokens; without
    /// function calls it equals <see cref="Cost"/>. When streaming, each update that reports a request's usage carries
    /// the running total of the exchange, so the last one carries the whole exchange's.
    /// </para>
    /// <para>
    /// With BYOK (your own provider key) this is OpenRouter's charge only; <c>GetOpenRouterSpend()</c> on the
    /// <see cref="Usage"/> adds what the provider charged your key.
    /// </para>
    /// </remarks>
    public const string TotalCost = "TotalCost";

    /// <summary>The model's reasoning text, a <see cref="string"/>; when streaming, the reasoning delta of that chunk.</summary>
    public const string Reasoning = "Reasoning";

    /// <summary>
    /// The structured reasoning (<c>reasoning_details</c>) exactly as OpenRouter sent it, as JSON array text. When the
    /// answer is added to a <see cref="Microsoft.SemanticKernel.ChatCompletion.ChatHistory"/>, the next request sends
    /// it (and <see cref="Reasoning"/>) back unchanged, as reasoning models require.
    /// </summary>
    public const string ReasoningDetails = "ReasoningDetails";

    /// <summary>The language of a transcript, a <see cref="string"/> such as <c>english</c>; <c>verbose_json</c> answers only.</summary>
    public const string Language = "Language";

    /// <summary>The duration of transcribed audio in seconds, a <see cref="double"/>; <c>verbose_json</c> answers only.</summary>
    public const string Duration = "Duration";

    /// <summary>
    /// The timestamped segments of a transcript, an <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of
    /// <see cref="TranscriptionSegment"/>; <c>verbose_json</c> answers only.
    /// </summary>
    public const string Segments = "Segments";
}
