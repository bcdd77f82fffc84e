// ModelsAndAccount: the catalogue and account side of OpenRouter with the core client: a table of models (filtered by a
// capability), one model's provider endpoints, and the key's limit and usage.
//
// Without OPENROUTER_API_KEY it asks the offline emulator (in this process, believable but made-up data); with the
// key it asks OpenRouter. Run with --help for the options.
using System.Globalization;
using OpenRouter;
using OpenRouter.Testing;

var capability = (string?)null;
var endpointsOf = (string?)null;
var showKey = false;
var live = false;
var limit = 15;
for (var i = 0; i < args.Length; i++)
{
    var arg = args[i];
    switch (arg)
    {
        case "-h" or "--help":
            PrintHelp();
            return 0;
        case "--key":
            showKey = true;
            break;
        case "--live":
            live = true;
            break;
        case "--capability" or "--endpoints" or "--limit":
            if (i + 1 >= args.Length || args[i + 1].StartsWith('-'))
            {
                return Fail(2, $"{arg} needs a value (see --help).");
            }

            var value = args[++i];
            if (arg == "--capability")
            {
                if (value is not ("tools" or "structured_outputs" or "reasoning" or "image"))
                {
                    return Fail(2, $"unknown capability '{value}': use tools, structured_outputs, reasoning or image.");
                }

                capability = value;
            }
            else if (arg == "--endpoints")
            {
                endpointsOf = value;   // ListModelEndpointsAsync checks it is author/slug
            }
            else if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                return Fail(2, $"--limit wants a positive number (got '{value}').");
            }

            break;
        default:
            return Fail(2, arg.StartsWith('-') ? $"unknown option '{arg}' (see --help)." : $"unexpected argument '{arg}' (see --help).");
    }
}

var apiKey = Environment.GetEnvironmentVariable("OPENROUTER_API_KEY");
if (live && string.IsNullOrWhiteSpace(apiKey))
{
    return Fail(1, "--live needs OPENROUTER_API_KEY: create a key at https://openrouter.ai/keys and export it.");
}

await using var emulator = string.IsNullOrWhiteSpace(apiKey)
    ? OpenRouterEmulator.CreateInProcess(new OpenRouterEmulatorOptions { KeyLimit = 10m })
    : null;
using var http = emulator is null ? new HttpClient() : new HttpClient(emulator.CreateHandler());
using var client = new OpenRouterClient(
    new OpenRouterClientOptions
    {
        ApiKey = emulator is null ? apiKey : "sk-or-v1-offline-emulator",
        Endpoint = emulator?.Endpoint ?? OpenRouterClientOptions.DefaultEndpoint,
        AppTitle = "OpenRouter .NET ModelsAndAccount sample",
    },
    http);
if (emulator is not null)
{
    Console.WriteLine("No OPENROUTER_API_KEY: showing the offline emulator's made-up catalogue and account. Set the key for OpenRouter's.");
    Console.WriteLine();
}

try
{
    if (endpointsOf is not null)
    {
        await ShowEndpointsAsync(client, endpointsOf);
    }
    else if (showKey)
    {
        await ShowKeyAsync(client);
    }
    else
    {
        await ShowModelsAsync(client, capability, limit);
    }

    return 0;
}
catch (ArgumentException ex) when (ex.ParamName == "modelId")
{
    // A model id that is not author/slug: the message names it and says what is wrong.
    return Fail(2, "--endpoints: " + ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal));
}
catch (OpenRouterException ex)
{
    return Fail(1, ex.Message);
}
catch (HttpRequestException ex)
{
    return Fail(1, $"could not reach OpenRouter: {ex.Message}");
}

static async Task ShowModelsAsync(OpenRouterClient client, string? capability, int limit)
{
    var query = capability switch
    {
        "image" => new ModelListQuery { InputModalities = ["image"] },
        null => null,
        _ => new ModelListQuery { SupportedParameters = [capability] },
    };
    var models = await client.ListModelsAsync(query);
    var rows = models
        .Take(limit)
        .Select(m => new[] { m.Id ?? "?", Tokens(m.ContextLength), PerMillion(m.Pricing?.Prompt), PerMillion(m.Pricing?.Completion), Features(m) })
        .ToList();
    Console.WriteLine(capability is null ? $"{models.Count} models" : $"{models.Count} models with {capability}");
    Table(["model", "context", "$/M in", "$/M out", "features"], rows, rightAligned: [1, 2, 3]);
    if (models.Count > limit)
    {
        Console.WriteLine($"... and {models.Count - limit} more (--limit {models.Count} shows all)");
    }
}

static async Task ShowEndpointsAsync(OpenRouterClient client, string model)
{
    var result = await client.ListModelEndpointsAsync(model);
    var endpoints = result.Endpoints ?? [];
    Console.WriteLine($"{result.Id ?? model}: {endpoints.Count} endpoint(s)");
    var rows = endpoints
        .Select(e => new[]
        {
            e.ProviderName ?? "?",
            e.Quantization?.ToString() ?? "-",
            Tokens(e.ContextLength),
            PerMillion(e.Pricing?.Prompt),
            PerMillion(e.Pricing?.Completion),
            e.UptimeLast30m is { } uptime ? uptime.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-",
            Latency(e.LatencyLast30m?.P50),
            e.ThroughputLast30m?.P50 is { } tps ? tps.ToString("0", CultureInfo.InvariantCulture) + " tok/s" : "-",
        })
        .ToList();
    Table(["provider", "quantization", "context", "$/M in", "$/M out", "uptime 30m", "TTFT p50", "throughput p50"], rows, rightAligned: [2, 3, 4, 5, 6, 7]);
}

static async Task ShowKeyAsync(OpenRouterClient client)
{
    var key = await client.GetKeyAsync();
    Console.WriteLine($"key:       {key.Label ?? key.Name ?? "?"}{(key.IsFreeTier == true ? " (free tier)" : string.Empty)}");
    Console.WriteLine(key.Limit is { } keyLimit
        ? $"limit:     {Money(keyLimit)} (remaining {Money(key.LimitRemaining ?? 0)}{(key.LimitReset is { } reset ? $", resets {reset}" : string.Empty)})"
        : "limit:     none (the account's credits are the limit)");
    Console.WriteLine($"usage:     {Money(key.Usage ?? 0)} in total; {Money(key.UsageDaily ?? 0)} today, {Money(key.UsageWeekly ?? 0)} this week, {Money(key.UsageMonthly ?? 0)} this month");
    if (key.ByokUsage is > 0)
    {
        Console.WriteLine($"BYOK:      {Money(key.ByokUsage.Value)} on your own provider keys");
    }
}

static string Tokens(long? count) => count switch
{
    null => "-",
    >= 1_000_000 => (count.Value / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + "M",
    >= 1_000 => (count.Value / 1_000).ToString(CultureInfo.InvariantCulture) + "K",
    _ => count.Value.ToString(CultureInfo.InvariantCulture),
};

static string PerMillion(ModelPrice? price) => price switch
{
    null => "-",
    { IsDynamic: true } => "varies",
    { IsFree: true } => "free",
    { Value: { } perToken } => "$" + (perToken * 1_000_000m).ToString("0.00##", CultureInfo.InvariantCulture),
    _ => "?",
};

// latency_last_30m is the time to first token in milliseconds (see ModelEndpoint.LatencyLast30m), shown as it is.
static string Latency(double? p50Milliseconds) =>
    p50Milliseconds is { } ms ? ms.ToString("0", CultureInfo.InvariantCulture) + " ms" : "-";

static string Money(decimal amount) => "$" + amount.ToString("0.00####", CultureInfo.InvariantCulture);

static string Features(ModelInfo model)
{
    var parameters = model.SupportedParameters ?? [];
    var inputs = model.Architecture?.InputModalities ?? [];
    var features = new List<string>();
    if (parameters.Contains("tools"))
    {
        features.Add("tools");
    }

    if (parameters.Contains("structured_outputs"))
    {
        features.Add("structured");
    }

    if (parameters.Contains("reasoning"))
    {
        features.Add("reasoning");
    }

    features.AddRange(inputs.Where(i => i != "text").Select(i => i + " in"));
    return string.Join(", ", features);
}

static void Table(string[] header, List<string[]> rows, int[] rightAligned)
{
    var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
    string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => rightAligned.Contains(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
    Console.WriteLine(Line(header));
    Console.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray()));
    foreach (var row in rows)
    {
        Console.WriteLine(Line(row));
    }
}

static int Fail(int exitCode, string message)
{
    Console.Error.WriteLine($"ModelsAndAccount: {message}");
    return exitCode;
}

static void PrintHelp() => Console.WriteLine("""
    ModelsAndAccount: OpenRouter's models, one model's endpoints, and your key's limit and usage.

    Usage: dotnet run --project samples/ModelsAndAccount -- [options]

      (no option)                 list models: id, context, $ per million prompt / completion tokens, features
      --capability <name>         only models with tools, structured_outputs, reasoning or image (input)
      --limit <n>                 show at most n models (default 15; the rest is counted)
      --endpoints <author/slug>   that model's endpoints: provider, quantization, uptime, latency (time to first
                                  token, in ms), throughput (tokens/s)
      --key                       your key's limit and usage
      --live                      require OPENROUTER_API_KEY (fail instead of falling back to the emulator)
      -h, --help                  show this help

    Environment: OPENROUTER_API_KEY (without it, the offline emulator answers with made-up data).
    Exit codes: 0 done, 1 OpenRouter error or missing key with --live, 2 bad arguments.
    """);
