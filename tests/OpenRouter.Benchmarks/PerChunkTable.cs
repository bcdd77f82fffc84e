using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace OpenRouter.Benchmarks;

/// <summary>
/// After a run, prints the streaming rows divided by <see cref="Payloads.ChunkCount"/> (per-chunk CPU and bytes,
/// with ratios to the baseline of the same run) as a Markdown table, the shape the README keeps.
/// </summary>
internal static class PerChunkTable
{
    public static string? Build(IEnumerable<Summary> summaries)
    {
        var reports = summaries
            .SelectMany(s => s.Reports)
            .Where(r => r.Success && r.ResultStatistics is not null && r.BenchmarkCase.Descriptor.Type == typeof(StreamingBenchmarks))
            .ToList();
        var baseline = reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
        if (reports.Count == 0 || baseline is null)
        {
            return null;
        }

        var baseNs = baseline.ResultStatistics!.Mean;
        var baseBytes = (double)(baseline.GcStats.GetBytesAllocatedPerOperation(baseline.BenchmarkCase) ?? 0);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Per chunk ({Payloads.ChunkCount:N0} chunks per operation):");
        text.AppendLine();
        text.AppendLine("| row | CPU / chunk | ratio | allocated / chunk | alloc ratio | Gen0 / op | Gen1 / op |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var report in reports)
        {
            var ns = report.ResultStatistics!.Mean;
            var bytes = (double)(report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0);
            var ops = Math.Max(1, report.GcStats.TotalOperations);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')} | {ns / Payloads.ChunkCount / 1000:F2} µs | {ns / baseNs:F2} | " +
                $"{bytes / Payloads.ChunkCount:N0} B | {(baseBytes > 0 ? bytes / baseBytes : 0):F2} | " +
                $"{(double)report.GcStats.Gen0Collections / ops:F2} | {(double)report.GcStats.Gen1Collections / ops:F2} |");
        }

        return text.ToString();
    }
}
