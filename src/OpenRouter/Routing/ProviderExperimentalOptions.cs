using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Experimental provider options (<c>provider.experimental</c>); unconfirmed by the API spec.</summary>
public sealed class ProviderExperimentalOptions
{
    /// <summary>Force the chat-completions API upstream (<c>force_chat_completions</c>); unconfirmed.</summary>
    [JsonPropertyName("force_chat_completions")]
    public bool? ForceChatCompletions { get; init; }
}
