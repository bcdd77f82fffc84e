using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Debug options (<c>debug</c>); streaming only, not for production.</summary>
public sealed class DebugOptions
{
    /// <summary>Echo the transformed upstream request body in the first chunk (<c>echo_upstream_body</c>).</summary>
    [JsonPropertyName("echo_upstream_body")]
    public bool? EchoUpstreamBody { get; init; }
}
