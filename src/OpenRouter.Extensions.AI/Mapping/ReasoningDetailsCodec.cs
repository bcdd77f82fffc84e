using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenRouter;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// Carries <c>reasoning_details</c> through Microsoft.Extensions.AI: the array is kept, exactly as OpenRouter sent
/// it, as JSON text in <see cref="Microsoft.Extensions.AI.TextReasoningContent.ProtectedData"/>, and decoded back
/// into the request of the next turn unchanged.
/// </summary>
internal static class ReasoningDetailsCodec
{
    public static string? Encode(IReadOnlyList<ReasoningDetail>? details)
    {
        if (details is not { Count: > 0 })
        {
            return null;
        }

        var builder = new StringBuilder("[");
        for (var i = 0; i < details.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(details[i].RawJson.GetRawText());
        }

        return builder.Append(']').ToString();
    }

    public static IReadOnlyList<ReasoningDetail>? Decode(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json!);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<ReasoningDetail>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            list.Add(ReasoningDetail.FromJson(item));
        }

        return list.Count == 0 ? null : list;
    }
}

/// <summary>
/// Assembles streamed <c>reasoning_details</c> fragments into whole entries, one per <c>index</c> and <c>type</c>.
/// </summary>
/// <remarks>
/// The <c>text</c>, <c>summary</c> and <c>data</c> pieces of an entry are concatenated in order; its other fields (a
/// late <c>signature</c>, <c>id</c>, <c>format</c>) take the latest value. The pieces of a field are appended to one
/// buffer and written into the entry once, by <see cref="ToJson"/>, so a long reasoning stream costs linear, not
/// quadratic, time.
/// </remarks>
internal sealed class ReasoningDetailsAccumulator
{
    private static readonly string[] s_concatenated = ["text", "summary", "data"];
    private readonly List<Entry> _entries = [];

    public bool HasAny => _entries.Count > 0;

    public void Add(ReasoningDetail fragment)
    {
        if (JsonNode.Parse(fragment.RawJson.GetRawText()) is not JsonObject incoming)
        {
            return;
        }

        var target = Find(incoming);
        if (target is null)
        {
            _entries.Add(new Entry(incoming));
            return;
        }

        foreach (var field in incoming)
        {
            if (field.Value is null)
            {
                continue;
            }

            if (System.Array.IndexOf(s_concatenated, field.Key) >= 0
                && field.Value is JsonValue piece && piece.TryGetValue<string>(out var text)
                && target.Node[field.Key] is JsonValue existing && existing.TryGetValue<string>(out var before))
            {
                // The entry keeps the field (and so its place) with its first text; the pieces gather in the buffer.
                target.Pieces ??= new Dictionary<string, StringBuilder>(System.StringComparer.Ordinal);
                if (!target.Pieces.TryGetValue(field.Key, out var buffer))
                {
                    target.Pieces[field.Key] = buffer = new StringBuilder(before);
                }

                buffer.Append(text);
            }
            else
            {
                target.Node[field.Key] = field.Value.DeepClone();
                target.Pieces?.Remove(field.Key);
            }
        }
    }

    public string? ToJson()
    {
        if (_entries.Count == 0)
        {
            return null;
        }

        var array = new JsonArray();
        foreach (var entry in _entries)
        {
            var node = entry.Node.DeepClone();
            if (entry.Pieces is not null)
            {
                foreach (var pair in entry.Pieces)
                {
                    node[pair.Key] = pair.Value.ToString();
                }
            }

            array.Add(node);
        }

        return array.ToJsonString();
    }

    private Entry? Find(JsonObject incoming)
    {
        var index = incoming["index"] is JsonValue i && i.TryGetValue<int>(out var n) ? n : (int?)null;
        var type = incoming["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        for (var k = _entries.Count - 1; k >= 0; k--)
        {
            var entry = _entries[k].Node;
            var entryIndex = entry["index"] is JsonValue ei && ei.TryGetValue<int>(out var en) ? en : (int?)null;
            var entryType = entry["type"] is JsonValue et && et.TryGetValue<string>(out var es) ? es : null;
            if (entryIndex == index && (type is null || entryType is null || type == entryType))
            {
                return _entries[k];
            }
        }

        return null;
    }

    /// <summary>One entry: its fields as last received, and the concatenated fields' text so far.</summary>
    private sealed class Entry(JsonObject node)
    {
        public JsonObject Node { get; } = node;

        public Dictionary<string, StringBuilder>? Pieces { get; set; }
    }
}
