using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using OpenTelemetry;

/// <summary>
/// An OpenTelemetry processor that keeps the spans that ended, and prints them as one line each: name, duration and the
/// gen_ai facts that matter (tokens, finish reason, error). It stands in for the console exporter, whose dozens of
/// lines per span bury the answer; it sits in the same tracing pipeline an exporter would.
/// </summary>
internal sealed class SpanSummary : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _ended = new();

    /// <inheritdoc />
    public override void OnEnd(Activity data) => _ended.Enqueue(data);

    /// <summary>Prints the spans that ended since the last call, in start order, children indented under their parent.</summary>
    public void PrintEnded(TextWriter output)
    {
        var spans = new List<Activity>();
        while (_ended.TryDequeue(out var span))
        {
            spans.Add(span);
        }

        var ids = spans.Select(s => s.SpanId).ToHashSet();
        foreach (var span in spans.OrderBy(s => s.StartTimeUtc))
        {
            var name = new string(' ', 2 * Depth(span, spans, ids)) + span.DisplayName;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  span {name,-34} {span.Duration.TotalMilliseconds,6:0} ms{Facts(span)}"));
        }
    }

    /// <summary>How many of the span's ancestors are among <paramref name="spans"/>.</summary>
    private static int Depth(Activity span, List<Activity> spans, HashSet<ActivitySpanId> ids)
    {
        var depth = 0;
        var parent = span.ParentSpanId;
        while (parent != default && ids.Contains(parent))
        {
            depth++;
            parent = spans.First(s => s.SpanId == parent).ParentSpanId;
        }

        return depth;
    }

    private static string Facts(Activity span)
    {
        var facts = new List<string>();
        if (span.GetTagItem("gen_ai.usage.input_tokens") is { } input && span.GetTagItem("gen_ai.usage.output_tokens") is { } output)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"tokens {input} in / {output} out"));
        }

        if (span.GetTagItem("gen_ai.response.finish_reasons") is { } reasons)
        {
            // M.E.AI tags the finish reasons as a JSON array in a string: ["tool_calls"].
            var text = reasons is IEnumerable<string> list ? string.Join(",", list) : reasons.ToString() ?? string.Empty;
            facts.Add("finish " + text.Trim('[', ']').Replace("\"", string.Empty, StringComparison.Ordinal));
        }

        if (span.Status == ActivityStatusCode.Error)
        {
            facts.Add($"error: {span.GetTagItem("error.type") ?? span.StatusDescription}");
        }

        return facts.Count == 0 ? string.Empty : "  " + string.Join("  ", facts);
    }
}
