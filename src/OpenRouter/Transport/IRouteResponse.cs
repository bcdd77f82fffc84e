using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter.Transport;

/// <summary>What the transport checks in the answer of a non-chat inference route (embeddings, images, transcriptions, rerank).</summary>
internal interface IRouteResponse
{
    /// <summary>The members the type does not model; an <c>error</c> among them is an error OpenRouter reported with HTTP 200.</summary>
    IDictionary<string, JsonElement>? AdditionalProperties { get; }

    /// <summary>The wire name of a required member the answer lacks (such as <c>data</c>), or null when it is complete.</summary>
    string? MissingMember { get; }
}
