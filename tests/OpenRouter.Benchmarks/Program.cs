using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OpenRouter.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>--quick</c>: every benchmark once, in this process (no separate build), as a smoke test for CI; exit 1 if any
    /// benchmark or setup check fails. Anything else goes to BenchmarkDotNet's switcher (e.g. <c>--filter *</c>).
    /// </summary>
    public static int Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToArray();
        if (quick && !rest.Contains("--filter"))
        {
            rest = [.. rest, "--filter", "*"];
        }

        IConfig config = DefaultConfig.Instance;
        if (quick)
        {
            config = DefaultConfig.Instance
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"))
                .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "quick-artifacts"))
                .WithOptions(ConfigOptions.DisableLogFile);
        }

        var stopwatch = Stopwatch.StartNew();
        var p = Payloads.Instance;
        Console.WriteLine(
            $"payloads: chat stream {p.ChatStream.Length:N0} B ({p.ChatStream.Length / Payloads.ChunkCount} B/chunk), " +
            $"completions stream {p.CompletionStream.Length:N0} B ({p.CompletionStream.Length / Payloads.ChunkCount} B/chunk), " +
            $"chat completion {p.ChatCompletion.Length:N0} B (answer {p.ExpectedAnswer.Length:N0} chars)");
        var e = EmbeddingPayloads.Instance;
        Console.WriteLine(
            $"payloads: embeddings {EmbeddingPayloads.Inputs} × {EmbeddingPayloads.Dimensions:N0} floats, float answer {e.FloatAnswer.Length:N0} B, " +
            $"base64 answer {e.Base64Answer.Length:N0} B (the vectors themselves {EmbeddingPayloads.Inputs * EmbeddingPayloads.Dimensions * sizeof(float):N0} B)");
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config).ToList();
        stopwatch.Stop();

        if (PerChunkTable.Build(summaries) is { } perChunk)
        {
            Console.WriteLine();
            Console.WriteLine(perChunk);
        }

        var reports = summaries.SelectMany(s => s.Reports).ToList();
        var failed = reports.Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo).ToList();
        var invalid = summaries.Where(s => s.HasCriticalValidationErrors).ToList();
        if (quick)
        {
            Console.WriteLine($"quick mode: {reports.Count} benchmarks, {failed.Count} failed, {stopwatch.Elapsed.TotalSeconds:F1} s");
        }

        foreach (var name in failed)
        {
            Console.Error.WriteLine($"benchmark failed: {name}");
        }

        if (reports.Count == 0 || failed.Count > 0 || invalid.Count > 0)
        {
            Console.Error.WriteLine(reports.Count == 0 ? "no benchmark ran" : "benchmarks failed");
            return 1;
        }

        return 0;
    }
}
