using System;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>What a route other than chat answers from: the request, its generation id, the settings, and a script's overrides.</summary>
internal sealed class RouteRequest
{
    public required RecordedRequest Record { get; init; }

    public required string GenerationId { get; init; }

    public required OpenRouterEmulatorOptions Options { get; init; }

    /// <summary>Gets the answer of a <see cref="EmulatorResponse.Chat"/> script: its model, provider, cost (and text, for a transcript) win.</summary>
    public ScriptedAnswer? Overrides { get; init; }

    /// <summary>Gets the size in bytes an oversized-answer script asks for (zero otherwise).</summary>
    public int MinimumBytes { get; init; }

    /// <summary>Gets the body when it is a JSON object.</summary>
    public JsonElement? Body => Record.Json is { ValueKind: JsonValueKind.Object } json ? json : null;

    public string Provider => Overrides?.Provider ?? Options.ProviderName;

    public long Created { get; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>The generation this answer bills, for <c>GET generation</c>, key usage and credits.</summary>
    public ResolvedAnswer Generation(string apiType, string model, int promptTokens, int completionTokens, decimal cost) => new()
    {
        Id = GenerationId,
        Created = Created,
        Model = Overrides?.Model ?? model,
        Provider = Provider,
        LegacyText = false,
        FinishReason = "stop",
        NativeFinishReason = "stop",
        PromptTokens = promptTokens,
        CompletionTokens = completionTokens,
        ReasoningTokens = 0,
        CachedTokens = 0,
        Cost = Overrides?.Cost ?? cost,
        ApiType = apiType,
    };
}
