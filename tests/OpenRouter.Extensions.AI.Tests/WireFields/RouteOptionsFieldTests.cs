#pragma warning disable MEAI001 // The image and speech abstractions are experimental in Microsoft.Extensions.AI 10.11.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Embeddings;
using OpenRouter.Extensions.AI.Images;
using OpenRouter.Extensions.AI.Speech;
using OpenRouter.Serialization;
using OpenRouter.Tests.WireFields;

namespace OpenRouter.Extensions.AI.Tests.WireFields;

/// <summary>
/// One source of truth for OpenRouter-only settings of the other routes: every wire field of <see cref="EmbeddingRequest"/>,
/// <see cref="ImageRequest"/>, <see cref="SpeechRequest"/> and <see cref="TranscriptionRequest"/> (found by reflection,
/// filled with <see cref="WireFill"/>) passed as the options' <c>AdditionalProperties[wireName]</c> (typed and as a
/// <see cref="JsonElement"/>) or set on the raw request of <c>RawRepresentationFactory</c> ends up in the mapped request
/// as the serializer writes it. The fields the call itself supplies are refused, each with the reason.
/// </summary>
public sealed class RouteOptionsFieldTests
{
    private static readonly OpenRouterClient s_client = new("sk-or-v1-route-fields-0123456789");

    private static readonly Dictionary<string, Route> s_routes = new(StringComparer.Ordinal)
    {
        ["embeddings"] = new(
            typeof(EmbeddingRequest),
            OpenRouterJsonContext.RequestBodies.EmbeddingRequest,
            (properties, raw) => ToEmbeddingRequest.Create(["text"], new EmbeddingGenerationOptions { AdditionalProperties = properties, RawRepresentationFactory = _ => raw }, "some/model", null, s_client.AsIEmbeddingGenerator()),
            new() { ["input"] = "the texts are the values passed to GenerateAsync" }),
        ["images"] = new(
            typeof(ImageRequest),
            OpenRouterJsonContext.RequestBodies.ImageRequest,
            (properties, raw) => ToImageRequest.Create(new ImageGenerationRequest("a prompt"), new ImageGenerationOptions { AdditionalProperties = properties, RawRepresentationFactory = _ => raw }, "some/model", s_client.AsIImageGenerator()),
            new() { ["prompt"] = "the prompt is ImageGenerationRequest.Prompt", ["stream"] = "IImageGenerator returns finished images" }),
        ["audio/speech"] = new(
            typeof(SpeechRequest),
            OpenRouterJsonContext.RequestBodies.SpeechRequest,
            (properties, raw) => ToSpeechRequest.Create("some text", new TextToSpeechOptions { AdditionalProperties = properties, RawRepresentationFactory = _ => raw }, "some/model", s_client.AsITextToSpeechClient()),
            new() { ["input"] = "the text is the one passed to GetAudioAsync" }),
        ["audio/transcriptions"] = new(
            typeof(TranscriptionRequest),
            OpenRouterJsonContext.RequestBodies.TranscriptionRequest,
            (properties, raw) => ToTranscriptionRequest.Create(new SpeechToTextOptions { AdditionalProperties = properties, RawRepresentationFactory = _ => raw }, "some/model", s_client.AsISpeechToTextClient()),
            new() { ["input_audio"] = "the audio is the stream passed to GetTextAsync" }),
    };

    public static TheoryData<string, string, string> PassedFields()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, route) in s_routes)
        {
            foreach (var member in WireMembers.Of(route.RequestType).Where(m => !route.Refused.ContainsKey(m.WireName)))
            {
                data.Add(name, member.WireName, "typed");
                data.Add(name, member.WireName, "json-element");
                data.Add(name, member.WireName, "raw");
            }
        }

        return data;
    }

    public static TheoryData<string, string> RefusedFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, route) in s_routes)
        {
            foreach (var field in route.Refused.Keys)
            {
                data.Add(name, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PassedFields))]
    public void A_field_set_by_its_wire_name_or_on_the_raw_request_reaches_the_request(string routeName, string wireName, string form)
    {
        var route = s_routes[routeName];
        var member = WireMembers.Of(route.RequestType).Single(m => m.WireName == wireName);
        var filled = WireFill.Create(route.RequestType);
        foreach (var value in WireFill.Sendable(member.Property.GetValue(filled)!))
        {
            var only = WireFill.With(Activator.CreateInstance(route.RequestType)!, member.Property.Name, value);
            var expected = JsonSerializer.SerializeToNode(only, route.TypeInfo)![wireName];
            var built = form switch
            {
                "raw" => route.Build(null, only),
                "typed" => route.Build(new() { [wireName] = value }, null),
                _ => route.Build(new() { [wireName] = JsonDocument.Parse(expected!.ToJsonString()).RootElement.Clone() }, null),
            };

            var sent = JsonSerializer.SerializeToNode(built, route.TypeInfo)![wireName];
            Assert.True(
                JsonNode.DeepEquals(expected, sent),
                $"{member} ({form}) did not reach the {routeName} request as the serializer writes it.\nExpected: {expected?.ToJsonString()}\nSent:     {sent?.ToJsonString() ?? "nothing"}");
        }
    }

    [Theory]
    [MemberData(nameof(RefusedFields))]
    public void A_field_the_call_supplies_is_refused_from_the_options_and_the_raw_request(string routeName, string wireName)
    {
        var route = s_routes[routeName];
        var member = WireMembers.Of(route.RequestType).Single(m => m.WireName == wireName);
        var filled = WireFill.Create(route.RequestType);
        var value = member.Property.GetValue(filled);
        var only = WireFill.With(Activator.CreateInstance(route.RequestType)!, member.Property.Name, value);

        Assert.Throws<ArgumentException>(() => route.Build(new() { [wireName] = value }, null));
        Assert.Throws<ArgumentException>(() => route.Build(null, only));
    }

    private sealed record Route(Type RequestType, JsonTypeInfo TypeInfo, Func<AdditionalPropertiesDictionary?, object?, object> Build, Dictionary<string, string> Refused);
}
