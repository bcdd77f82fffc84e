using System.Collections;
using System.Text.Json;

namespace OpenRouter.Tests.WireFields;

/// <summary>
/// The filler the wire-field guards stand on sets every wire field of every type a request or response reaches, so a
/// field it skipped cannot pass those guards unseen.
/// </summary>
public sealed class WireFillTests
{
    public static TheoryData<string> Roots() =>
    [
        nameof(ChatCompletionRequest), nameof(CompletionRequest), nameof(ChatCompletion), nameof(ChatCompletionChunk), nameof(Completion), nameof(CompletionChunk), nameof(TokenUsage),
    ];

    [Theory]
    [MemberData(nameof(Roots))]
    public void Every_wire_field_reachable_from_a_root_is_set_and_extension_data_is_empty(string root)
    {
        var type = typeof(ChatCompletionRequest).Assembly.GetType("OpenRouter." + root, throwOnError: true)!;
        var fields = new Dictionary<string, bool>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var shape in WireFill.Shapes(type))
        {
            Visit(shape, type.Name, fields, problems);
        }

        // A field may be unset in one shape (an assistant turn without content) as long as another shape sets it.
        problems.AddRange(fields.Where(f => !f.Value).Select(f => f.Key + " is never set"));
        Assert.True(problems.Count == 0, "WireFill left wire fields unset:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void A_message_list_shows_each_shape_of_content()
    {
        var messages = WireFill.Create<ChatCompletionRequest>().Messages!;

        Assert.Collection(
            messages,
            m => Assert.Equal(("user", "ChatCompletionMessage.Content"), (m.Role.Value, m.Content)),
            m => Assert.NotNull(m.ContentParts),
            m => Assert.True(m.Role == MessageRole.Assistant && m.Content is null && m.ContentParts is null));
    }

    [Fact]
    public void Sendable_splits_an_effort_and_a_budget()
    {
        var sendable = WireFill.Sendable(WireFill.Create<ReasoningConfig>()).Cast<ReasoningConfig>().ToList();

        Assert.Equal(2, sendable.Count);
        Assert.True(sendable[0] is { Effort: not null, MaxTokens: null, Summary: not null });
        Assert.True(sendable[1] is { Effort: null, MaxTokens: not null, Summary: not null });
    }

    private static void Visit(object value, string path, Dictionary<string, bool> fields, List<string> problems)
    {
        var type = value.GetType();
        if (value is string || type.IsValueType || !WireMembers.IsWireObject(type))
        {
            if (value is IEnumerable items and not string and not IDictionary)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Visit(item, $"{path}[{i}]", fields, problems);
                    }

                    i++;
                }
            }

            return;
        }

        foreach (var member in WireMembers.Of(type))
        {
            var field = member.Property.GetValue(value);
            var set = field is not null && !(field.GetType().IsValueType && field is not JsonElement && Equals(field, Activator.CreateInstance(field.GetType())));
            fields[member.ToString()] = fields.GetValueOrDefault(member.ToString()) || set;
            if (set)
            {
                Visit(field!, $"{path}.{member.Property.Name}", fields, problems);
            }
        }

        if (WireMembers.ExtensionData(type)?.GetValue(value) is IDictionary { Count: > 0 })
        {
            problems.Add($"{path}.AdditionalProperties is not empty");
        }
    }
}
