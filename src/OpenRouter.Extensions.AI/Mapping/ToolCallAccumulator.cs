using System.Collections.Generic;
using System.Text;
using OpenRouter;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// Assembles streamed tool-call fragments into whole calls, in the order their first fragments arrived. One instance
/// per stream; not thread-safe.
/// </summary>
/// <remarks>
/// Fragments are concatenated by <c>index</c>; a fragment without an index continues the last call; a new id on an
/// index that already has a different id starts a new call (gateways that reuse indexes).
/// </remarks>
internal sealed class ToolCallAccumulator
{
    private readonly List<Call> _calls = [];
    private readonly Dictionary<int, Call> _callsByIndex = [];

    /// <summary>The calls so far, in order of arrival.</summary>
    public IReadOnlyList<Call> Calls => _calls;

    public void Add(ChatCompletionToolCall fragment)
    {
        var id = string.IsNullOrEmpty(fragment.Id) ? null : fragment.Id;
        Call? target = null;
        if (fragment.Index is { } index)
        {
            if (_callsByIndex.TryGetValue(index, out var existing) && (id is null || existing.Id is null || existing.Id == id))
            {
                target = existing;
            }
        }
        else if (_calls.Count > 0)
        {
            var last = _calls[_calls.Count - 1];
            if (id is null || last.Id is null || last.Id == id)
            {
                target = last;
            }
        }

        if (target is null)
        {
            target = new Call();
            _calls.Add(target);
            if (fragment.Index is { } newIndex)
            {
                _callsByIndex[newIndex] = target;
            }
        }

        target.Id ??= id;
        if (!string.IsNullOrEmpty(fragment.Function?.Name))
        {
            target.Name ??= fragment.Function!.Name;
        }

        target.Arguments.Append(fragment.Function?.Arguments);
    }

    /// <summary>One call being assembled: its id and name as first received, its argument text so far.</summary>
    internal sealed class Call
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public StringBuilder Arguments { get; } = new();
    }
}
