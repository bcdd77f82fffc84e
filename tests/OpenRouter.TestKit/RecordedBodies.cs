using System.Text.Json;
using System.Text.Json.Nodes;
using OpenRouter.Testing;

namespace OpenRouter.TestKit;

/// <summary>What a client sent, read back from the emulator's request log.</summary>
public static class RecordedBodies
{
    /// <summary>The requests to <c>chat/completions</c> (catalogue, key and generation lookups left out).</summary>
    public static IReadOnlyList<RecordedRequest> ChatRequests(this OpenRouterEmulator emulator) =>
        emulator.Requests.Where(r => r.Path == "chat/completions").ToList();

    /// <summary>The JSON body of the <paramref name="index"/>th request (<c>^1</c>: the last).</summary>
    public static JsonElement Body(this OpenRouterEmulator emulator, Index index) => emulator.Requests[index].Json!.Value;

    /// <summary>The body of the <paramref name="index"/>th request as a mutable JSON tree.</summary>
    public static JsonObject BodyObject(this OpenRouterEmulator emulator, Index index) =>
        JsonNode.Parse(emulator.Requests[index].Body)!.AsObject();

    /// <summary>The body of the <paramref name="index"/>th request, which must be a chat request, as a mutable JSON tree.</summary>
    public static JsonObject ChatBodyObject(this OpenRouterEmulator emulator, Index index)
    {
        var request = emulator.Requests[index];
        Assert.Equal("chat/completions", request.Path);
        return Assert.IsType<JsonObject>(JsonNode.Parse(request.Body));
    }

    /// <summary>A string property of <paramref name="element"/>, or <see langword="null"/> when it has none.</summary>
    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
