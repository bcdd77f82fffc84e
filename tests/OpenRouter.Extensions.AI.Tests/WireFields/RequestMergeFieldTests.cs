using OpenRouter.Extensions.AI.Mapping;
using OpenRouter.Tests.WireFields;

namespace OpenRouter.Extensions.AI.Tests.WireFields;

/// <summary>
/// One source of truth for merging: <see cref="RequestMerge.Combine"/> (the raw request of
/// <c>RawRepresentationFactory</c> and the one read from <c>AdditionalProperties</c>, over the mapped one) keeps every
/// field of <see cref="ChatCompletionRequest"/>, found by reflection, whichever side set it. A field added to the request
/// and not to <c>Combine</c> fails here by name.
/// </summary>
public sealed class RequestMergeFieldTests
{
    /// <summary>Fields <c>Combine</c> leaves out on purpose, each with the reason.</summary>
    private static readonly Dictionary<string, string> s_notMerged = new(StringComparer.Ordinal)
    {
        // A raw request's Stream would make GetResponseAsync ask for a stream it cannot read.
        ["stream"] = "the call decides: GetStreamingResponseAsync streams, GetResponseAsync does not",
    };

    private static readonly ChatCompletionRequest s_filled = WireFill.Create<ChatCompletionRequest>();

    public static TheoryData<string> MergedFields() =>
        new(WireMembers.Of(typeof(ChatCompletionRequest)).Select(m => m.WireName).Where(name => !s_notMerged.ContainsKey(name)));

    public static TheoryData<string> NotMergedFields() => new(s_notMerged.Keys);

    [Theory]
    [MemberData(nameof(MergedFields))]
    public void A_field_set_on_either_side_is_kept(string wireName)
    {
        var member = Member(wireName);
        var value = member.Property.GetValue(s_filled)!;
        var only = new ChatCompletionRequest();
        member.Property.SetValue(only, value);

        foreach (var (side, merged) in new[] { ("first", RequestMerge.Combine(only, new ChatCompletionRequest())), ("second", RequestMerge.Combine(new ChatCompletionRequest(), only)) })
        {
            var kept = member.Property.GetValue(merged);
            Assert.True(Equals(value, kept), $"{member}: RequestMerge.Combine dropped it when the request that set it was the {side} argument (the merged request has {kept ?? "null"}).");
        }
    }

    [Theory]
    [MemberData(nameof(NotMergedFields))]
    public void A_field_left_out_on_purpose_is_a_request_field_and_is_not_merged(string wireName)
    {
        var member = Member(wireName);
        var only = new ChatCompletionRequest();
        member.Property.SetValue(only, member.Property.GetValue(s_filled));

        Assert.True(
            member.Property.GetValue(RequestMerge.Combine(only, new ChatCompletionRequest())) is null,
            $"{member}: RequestMerge.Combine merges it now; take it out of s_notMerged ({s_notMerged[wireName]}).");
    }

    private static WireMember Member(string wireName) =>
        WireMembers.Of(typeof(ChatCompletionRequest)).SingleOrDefault(m => m.WireName == wireName)
            ?? throw new InvalidOperationException($"ChatCompletionRequest has no field \"{wireName}\".");
}
