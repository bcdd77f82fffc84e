using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.SemanticKernel;
using OpenRouter.Tests.WireFields;
using TextContent = Microsoft.SemanticKernel.TextContent;

#pragma warning disable SKEXP0001 // AudioContent is experimental in Semantic Kernel.

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// One source of truth for the media settings: every field of <see cref="ImageRequest"/>, <see cref="SpeechRequest"/>
/// and <see cref="TranscriptionRequest"/> (found by reflection, filled with <see cref="WireFill"/>) reaches its route's
/// body, from the typed setting of the same JSON name and from plain extension data under its wire name, or is listed
/// below with the reason. A field the core adds fails here until a setting or a reason covers it.
/// </summary>
public sealed class WireFieldsMediaSettingsTests
{
    private static readonly Dictionary<string, MediaRoute> s_routes = new(StringComparer.Ordinal)
    {
        ["images"] = new(
            typeof(ImageRequest),
            typeof(OpenRouterTextToImageExecutionSettings),
            new(StringComparer.Ordinal) { ["prompt"] = "the text of the call's input", ["stream"] = "the service returns whole images: never sent (ImageRequestMapper)" },
            (client, settings) => new OpenRouterTextToImageService(client, "test/image").GetImageContentsAsync(new TextContent("A cat"), settings)),
        ["audio/speech"] = new(
            typeof(SpeechRequest),
            typeof(OpenRouterTextToAudioExecutionSettings),
            new(StringComparer.Ordinal) { ["input"] = "the text passed to the call" },
            (client, settings) => new OpenRouterTextToAudioService(client, "test/speech").GetAudioContentsAsync("Hello", settings)),
        ["audio/transcriptions"] = new(
            typeof(TranscriptionRequest),
            typeof(OpenRouterAudioToTextExecutionSettings),
            new(StringComparer.Ordinal) { ["input_audio"] = "the AudioContent passed to the call (AudioServicesTests)" },
            (client, settings) => new OpenRouterAudioToTextService(client, "test/transcription").GetTextContentsAsync(new AudioContent(new byte[] { 1, 2, 3 }, "audio/wav"), settings)),
    };

    /// <summary>Settings whose JSON name differs from the wire name they fill.</summary>
    private static readonly Dictionary<string, string> s_settingNames = new(StringComparer.Ordinal) { ["model"] = "model_id" };

    private static IEnumerable<(string Route, WireMember Member)> Fields =>
        s_routes.SelectMany(r => WireMembers.Of(r.Value.Request).Where(m => !r.Value.NotSent.ContainsKey(m.WireName)).Select(m => (r.Key, m)));

    public static TheoryData<string, string> TypedFields() => Data(Fields.Where(f => Setting(f.Route, f.Member.WireName) is not null));

    public static TheoryData<string, string> AllFields() => Data(Fields);

    [Theory]
    [MemberData(nameof(TypedFields))]
    public async Task Every_typed_setting_reaches_its_routes_body(string route, string wireName)
    {
        var member = Member(route, wireName);
        var setting = Setting(route, wireName)!;
        foreach (var value in WireFill.Sendable(member.Property.GetValue(WireFill.Create(s_routes[route].Request))!))
        {
            var settings = (PromptExecutionSettings)Activator.CreateInstance(s_routes[route].Settings)!;
            setting.SetValue(settings, ToSetting(value, setting.PropertyType));

            await AssertSentAsync(route, member, value, settings, $"{setting.DeclaringType!.Name}.{setting.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(AllFields))]
    public async Task Every_field_reaches_its_routes_body_under_its_wire_name_in_extension_data(string route, string wireName)
    {
        var member = Member(route, wireName);
        foreach (var value in WireFill.Sendable(member.Property.GetValue(WireFill.Create(s_routes[route].Request))!))
        {
            var json = JsonDocument.Parse(Expected(route, member, value)!.ToJsonString()).RootElement.Clone();
            var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { [wireName] = json } };

            await AssertSentAsync(route, member, value, settings, $"PromptExecutionSettings.ExtensionData[\"{wireName}\"]");
        }
    }

    [Fact]
    public void Every_typed_setting_is_a_wire_field_or_a_documented_Semantic_Kernel_name()
    {
        string[] notWire = ["width", "height", "audio_format"];
        foreach (var (route, media) in s_routes)
        {
            var wireNames = WireMembers.Of(media.Request).Select(m => m.WireName).ToHashSet(StringComparer.Ordinal);
            foreach (var property in media.Settings.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
                Assert.True(name is not null && (wireNames.Contains(name) || notWire.Contains(name)), $"{media.Settings.Name}.{property.Name} (\"{name}\") is not a field of {route}.");
            }
        }
    }

    private static async Task AssertSentAsync(string route, WireMember member, object value, PromptExecutionSettings settings, string how)
    {
        using var handler = new CannedRouteHandler();
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Support.ApiKey, Endpoint = new Uri("http://127.0.0.1:9/api/v1/") }, new HttpClient(handler));

        await s_routes[route].CallAsync(client, settings);

        var expected = Expected(route, member, value);
        var sent = JsonNode.Parse(handler.Bodies[route])![member.WireName];
        Assert.True(
            JsonNode.DeepEquals(expected, sent),
            $"{member}: {how} did not reach the {route} body as the serializer writes it.\nExpected: {expected?.ToJsonString()}\nSent:     {sent?.ToJsonString() ?? "nothing"}");
    }

    private static JsonNode? Expected(string route, WireMember member, object value)
    {
        var only = Activator.CreateInstance(s_routes[route].Request)!;
        member.Property.SetValue(only, value);
        return JsonSerializer.SerializeToNode(only, s_routes[route].Request, Serializer)![member.WireName];
    }

    /// <summary>The value as the setting holds it: the same object, or (for an open value kept as a string, a list of them) its JSON read back.</summary>
    private static object ToSetting(object value, Type settingType) =>
        settingType.IsInstanceOfType(value) ? value : JsonSerializer.Deserialize(JsonSerializer.Serialize(value, value.GetType(), Serializer), settingType, Serializer)!;

    private static PropertyInfo? Setting(string route, string wireName) =>
        s_routes[route].Settings.GetProperties()
            .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == s_settingNames.GetValueOrDefault(wireName, wireName));

    private static WireMember Member(string route, string wireName) =>
        WireMembers.Of(s_routes[route].Request).SingleOrDefault(m => m.WireName == wireName)
            ?? throw new InvalidOperationException($"{s_routes[route].Request.Name} has no field \"{wireName}\".");

    private static TheoryData<string, string> Data(IEnumerable<(string Route, WireMember Member)> fields)
    {
        var data = new TheoryData<string, string>();
        foreach (var (route, member) in fields)
        {
            data.Add(route, member.WireName);
        }

        return data;
    }

    private static JsonSerializerOptions Serializer { get; } = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private sealed record MediaRoute(Type Request, Type Settings, Dictionary<string, string> NotSent, Func<OpenRouterClient, PromptExecutionSettings, Task> CallAsync);

    /// <summary>Answers each route with a minimal valid answer and keeps the body it received, by route.</summary>
    private sealed class CannedRouteHandler : HttpMessageHandler
    {
        public Dictionary<string, string> Bodies { get; } = new(StringComparer.Ordinal);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var route = request.RequestUri!.AbsolutePath["/api/v1/".Length..];
            Bodies[route] = await request.Content!.ReadAsStringAsync(cancellationToken);
            return route switch
            {
                "images" => Json("""{"created":1,"data":[{"b64_json":"iVBORw0KGgo=","media_type":"image/png"}]}"""),
                "audio/transcriptions" => Json("""{"text":"ok"}"""),
                _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3, 4]) { Headers = { ContentType = new MediaTypeHeaderValue("audio/mpeg") } } },
            };
        }

        private static HttpResponseMessage Json(string json) =>
            new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
