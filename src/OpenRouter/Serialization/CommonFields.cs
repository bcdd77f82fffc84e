namespace OpenRouter.Serialization;

/// <summary>The members every answer object shares, as read by <see cref="ChatCompletionChunkReader.TryReadCommon"/>.</summary>
internal struct CommonFields
{
    public string? Id;
    public string? Provider;
    public string? Model;
    public string? ObjectType;
    public long Created;
    public string? SystemFingerprint;
    public ServiceTierLevel? ServiceTier;
    public TokenUsage? Usage;
    public OpenRouterError? Error;
}
