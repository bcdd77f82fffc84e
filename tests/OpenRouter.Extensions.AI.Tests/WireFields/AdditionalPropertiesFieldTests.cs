using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Mapping;
using OpenRouter.Serialization;
using OpenRouter.Tests.WireFields;

namespace OpenRouter.Extensions.AI.Tests.WireFields;

/// <summary>
/// One source of truth for OpenRouter-only settings in Microsoft.Extensions.AI: every field of
/// <see cref="ChatCompletionRequest"/> (found by reflection, filled with <see cref="WireFill"/>) passed as
/// <c>ChatOptions.AdditionalProperties[wireName]</c>, as the typed value and as a <see cref="JsonElement"/> (what a
/// JSON round trip leaves), reaches the body the emulator receives exactly as the serializer writes that field. The
/// mapping path (<c>AdditionalPropertiesReader</c>, <c>RequestMerge.Combine</c>, <c>ChatCompletionRequestWriter</c>)
/// cannot drop a field unseen, and the fields it refuses are listed with the reason.
/// </summary>
public sealed class AdditionalPropertiesFieldTests
{
    /// <summary>Wire names <c>AdditionalProperties</c> refuses (an <see cref="ArgumentException"/>), each with the reason.</summary>
    private static readonly Dictionary<string, string> s_refused = new(StringComparer.Ordinal)
    {
        ["messages"] = "the messages are the call's first argument",
        ["stream"] = "the call decides: GetStreamingResponseAsync streams",
    };

    private static readonly IList<ChatMessage> s_hello = [new(ChatRole.User, "Hello")];

    private static readonly ChatCompletionRequest s_filled = WireFill.Create<ChatCompletionRequest>();

    public static TheoryData<string, string> PassedFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var member in WireMembers.Of(typeof(ChatCompletionRequest)).Where(m => !s_refused.ContainsKey(m.WireName)))
        {
            data.Add(member.WireName, "typed");
            data.Add(member.WireName, "json-element");
        }

        return data;
    }

    public static TheoryData<string> RefusedFields() => new(s_refused.Keys);

    [Theory]
    [MemberData(nameof(PassedFields))]
    public async Task A_field_passed_by_its_wire_name_reaches_the_body(string wireName, string form)
    {
        var member = Member(wireName);
        await using var h = new Harness();
        foreach (var value in WireFill.Sendable(member.Property.GetValue(s_filled)!))
        {
            var only = new ChatCompletionRequest();
            member.Property.SetValue(only, value);
            var expected = JsonSerializer.SerializeToNode(only, OpenRouterJsonContext.RequestBodies.ChatCompletionRequest)![wireName];
            var passed = form == "typed" ? value : JsonDocument.Parse(expected!.ToJsonString()).RootElement.Clone();

            await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { AdditionalProperties = new() { [wireName] = passed } });

            var sent = h.LastBody[wireName];
            Assert.True(
                JsonNode.DeepEquals(expected, sent),
                $"{member}: ChatOptions.AdditionalProperties[\"{wireName}\"] ({form}) did not reach the request body as the serializer writes it (the M.E.AI mapping: AdditionalPropertiesReader, RequestMerge.Combine, ChatCompletionRequestWriter).\nExpected: {expected?.ToJsonString()}\nSent:     {sent?.ToJsonString() ?? "nothing"}");
        }
    }

    [Theory]
    [MemberData(nameof(RefusedFields))]
    public async Task A_field_refused_on_purpose_is_a_request_field_and_is_refused(string wireName)
    {
        var member = Member(wireName);
        await using var h = new Harness();
        var options = new ChatOptions { AdditionalProperties = new() { [wireName] = member.Property.GetValue(s_filled) } };

        var error = await Record.ExceptionAsync(() => h.ChatClient.GetResponseAsync(s_hello, options));

        Assert.True(error is ArgumentException, $"{member}: ChatOptions.AdditionalProperties[\"{wireName}\"] is accepted now; take it out of s_refused ({s_refused[wireName]}).");
        Assert.Empty(h.Emulator.Requests);
    }

    private static WireMember Member(string wireName) =>
        WireMembers.Of(typeof(ChatCompletionRequest)).SingleOrDefault(m => m.WireName == wireName)
            ?? throw new InvalidOperationException($"ChatCompletionRequest has no field \"{wireName}\".");
}
