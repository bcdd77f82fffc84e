using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OpenRouter.Benchmarks;

/// <summary>
/// The "Request body" column of <see cref="RequestBuildingBenchmarks"/>: the bytes each row sends for its conversation.
/// BenchmarkDotNet measures time and allocations only, so the column runs each row once more in the host process (same
/// clients, same in-memory handler, same conversation) and reports the body size the handler saw.
/// </summary>
internal sealed class RequestBodyColumn : IColumn
{
    private static readonly ConcurrentDictionary<ConversationText, Dictionary<string, long>> s_sizes = new();

    public string Id => nameof(RequestBodyColumn);

    public string ColumnName => "Request body";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Bytes of the request body the row sent (measured once, outside the timed runs)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(RequestBuildingBenchmarks) || benchmarkCase.Parameters["Text"] is not ConversationText text)
        {
            return "-";
        }

        var sizes = s_sizes.GetOrAdd(text, Measure);
        return sizes.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var bytes)
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} B")
            : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static Dictionary<string, long> Measure(ConversationText text)
    {
        var bench = new RequestBuildingBenchmarks { Text = text };
        try
        {
            return bench.MeasureAsync().GetAwaiter().GetResult();
        }
        finally
        {
            bench.Cleanup();
        }
    }

    /// <summary>Adds the column to the class it is applied to (<c>[Config(typeof(RequestBodyColumn.Config))]</c>).</summary>
    internal sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RequestBodyColumn());
    }
}
