// Rag: retrieval-augmented chat. Embeds the sections of a small manual (Manual.cs) with the OpenRouter
// IEmbeddingGenerator, keeps the vectors in memory, finds the three sections closest to the question by cosine
// similarity, then streams an answer from the OpenRouter IChatClient that cites them by number, and prints the
// tokens and the total cost (embeddings + chat).
//
// Without OPENROUTER_API_KEY it runs the offline emulator in this process (no network): its vectors are
// deterministic hashes of the words, so the retrieval is real, and its chat answer is canned. With the key it
// talks to OpenRouter. Run with --help for the options.
//
// The vectors live in a plain list: ten sections need no index, and Microsoft.Extensions.VectorData ships only its
// abstractions, so an in-memory store would mean another package (a Semantic Kernel connector) for a loop.
using System.Globalization;
using Microsoft.Extensions.AI;
using OpenRouter;
using OpenRouter.Testing;

const string DefaultChatModel = "openai/gpt-4o-mini";
const string DefaultEmbeddingModel = "openai/text-embedding-3-large";
const string DefaultQuestion = "How do I connect the vacuum to my Wi-Fi network?";
const int Top = 3;

var chatModel = Environment.GetEnvironmentVariable("OPENROUTER_MODEL") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultChatModel;
var embeddingModel = DefaultEmbeddingModel;
var live = false;
var words = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    var arg = args[i];
    if (arg is "-h" or "--help")
    {
        PrintHelp();
        return 0;
    }

    if (arg == "--live")
    {
        live = true;
    }
    else if (OptionValue(args, ref i, "--model") is { } modelArg)
    {
        if (modelArg.Length == 0)
        {
            return Fail(2, "--model needs a chat model slug, e.g. --model anthropic/claude-sonnet-4.5 (see --help).");
        }

        chatModel = modelArg;
    }
    else if (OptionValue(args, ref i, "--embedding-model") is { } embeddingArg)
    {
        if (embeddingArg.Length == 0)
        {
            return Fail(2, "--embedding-model needs an embedding model slug, e.g. --embedding-model qwen/qwen3-embedding-8b (see --help).");
        }

        embeddingModel = embeddingArg;
    }
    else if (arg == "--")
    {
        words.AddRange(args[(i + 1)..]);
        break;
    }
    else if (arg.StartsWith('-') && arg.Length > 1)
    {
        return Fail(2, $"unknown option '{arg}' (see --help).");
    }
    else
    {
        words.Add(arg);
    }
}

var question = words.Count > 0 ? string.Join(' ', words) : DefaultQuestion;
var apiKey = Environment.GetEnvironmentVariable("OPENROUTER_API_KEY");
if (live && string.IsNullOrWhiteSpace(apiKey))
{
    return Fail(1, "--live needs OPENROUTER_API_KEY: create a key at https://openrouter.ai/keys and export it.");
}

// Offline: the emulator runs inside this process and answers through an HttpMessageHandler (no socket).
await using var emulator = string.IsNullOrWhiteSpace(apiKey) ? OpenRouterEmulator.CreateInProcess() : null;
using var http = emulator is null ? new HttpClient() : new HttpClient(emulator.CreateHandler());
using var openRouter = new OpenRouterClient(
    new OpenRouterClientOptions
    {
        ApiKey = emulator is null ? apiKey : "sk-or-v1-offline-emulator",
        Endpoint = emulator?.Endpoint ?? OpenRouterClientOptions.DefaultEndpoint,
        AppTitle = "OpenRouter .NET Rag sample",
    },
    http);
using var embedder = openRouter.AsIEmbeddingGenerator(embeddingModel);
using var chat = openRouter.AsIChatClient(chatModel);

Console.WriteLine(emulator is null
    ? $"OpenRouter · embeddings {embeddingModel} · chat {chatModel}"
    : "No OPENROUTER_API_KEY: offline against the emulator (OpenRouter.Testing): its vectors are deterministic word hashes, so the retrieval is real; its chat answer is canned. Set the key to talk to OpenRouter.");

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    // 1. Index: one request embeds every section; the vectors stay in memory beside their text.
    var indexed = await embedder.GenerateAsync(Manual.Passages, cancellationToken: cancel.Token);
    var index = Manual.Passages.Select((text, i) => (Number: i + 1, Text: text, Vector: indexed[i].Vector)).ToList();
    Console.WriteLine($"indexed {index.Count} sections of the {Manual.Product} manual with {embeddingModel} ({index[0].Vector.Length:N0} dimensions)");
    Console.WriteLine();
    Console.WriteLine($"> {question}");

    // 2. Retrieve: the question's vector against each section's, best first.
    var asked = await embedder.GenerateAsync([question], cancellationToken: cancel.Token);
    var hits = index
        .Select(p => (p.Number, p.Text, Score: Cosine(asked[0].Vector.Span, p.Vector.Span)))
        .OrderByDescending(h => h.Score)
        .Take(Top)
        .ToList();
    Console.WriteLine($"top {hits.Count} of {index.Count} sections by cosine similarity:");
    foreach (var hit in hits)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"[" + hit.Number + "]",-4} {hit.Score:0.000}  {hit.Text}"));
    }

    // 3. Answer: the retrieved sections as numbered context, the question as the user's message.
    var context = string.Join("\n", hits.Select(h => $"[{h.Number}] {h.Text}"));
    List<ChatMessage> messages =
    [
        new(ChatRole.System,
            $"You answer questions about the {Manual.Product} from the numbered manual sections below, and from nothing else. " +
            "Cite the sections you use by number, like [3]. If the sections do not answer the question, say so.\n\n" + context),
        new(ChatRole.User, question),
    ];

    Console.WriteLine();
    Console.WriteLine($"answer ({chatModel}):");
    var updates = new List<ChatResponseUpdate>();
    await foreach (var update in chat.GetStreamingResponseAsync(messages, cancellationToken: cancel.Token))
    {
        updates.Add(update);
        Console.Write(update.Text);
    }

    var answer = updates.ToChatResponse();
    Console.WriteLine();
    Console.WriteLine();

    // 4. What it took: tokens of each step, and the cost of all three requests (OpenRouter reports each).
    var embeddingUsage = new UsageDetails();
    embeddingUsage.Add(indexed.Usage ?? new UsageDetails());
    embeddingUsage.Add(asked.Usage ?? new UsageDetails());
    var total = new UsageDetails();
    total.Add(embeddingUsage);
    total.Add(answer.Usage ?? new UsageDetails());
    Console.WriteLine(
        $"tokens: embeddings {Count(embeddingUsage.InputTokenCount)} in · chat {Count(answer.Usage?.InputTokenCount)} in / {Count(answer.Usage?.OutputTokenCount)} out"
        + $" · cost: {Usd(total.GetOpenRouterCost())} (embeddings {Usd(embeddingUsage.GetOpenRouterCost())} + chat {Usd(answer.GetOpenRouterCost())})");
}
catch (OpenRouterException ex)
{
    Console.WriteLine();
    return Fail(1, ex.Message);
}
catch (HttpRequestException ex)
{
    Console.WriteLine();
    return Fail(1, $"could not reach OpenRouter: {ex.Message}");
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.WriteLine();
    return Fail(130, "cancelled.");
}

return 0;

// The cosine of the angle between two vectors: 1 for the same direction, 0 for unrelated.
static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
{
    double dot = 0, aa = 0, bb = 0;
    for (var i = 0; i < a.Length; i++)
    {
        dot += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }

    return aa == 0 || bb == 0 ? 0 : dot / Math.Sqrt(aa * bb);
}

// "--name value" or "--name=value": the value ("" when missing), or null when args[i] is another argument.
static string? OptionValue(string[] args, ref int i, string name)
{
    if (args[i] == name)
    {
        return i + 1 < args.Length ? args[++i].Trim() : string.Empty;
    }

    return args[i].StartsWith(name + "=", StringComparison.Ordinal) ? args[i][(name.Length + 1)..].Trim() : null;
}

static string Count(long? tokens) => tokens?.ToString(CultureInfo.InvariantCulture) ?? "?";

static string Usd(decimal? cost) => cost is { } d ? "$" + d.ToString("0.########", CultureInfo.InvariantCulture) : "unknown";

static int Fail(int exitCode, string message)
{
    Console.Error.WriteLine($"Rag: {message}");
    return exitCode;
}

static void PrintHelp()
{
    Console.WriteLine($"""
        Rag: retrieval-augmented chat over a small product manual. Embeds its {Manual.Passages.Length} sections, retrieves the {Top} closest
        to the question by cosine similarity, prints them with their scores, then streams an answer that cites them by
        number, and a line of tokens and total cost (embeddings + chat).

        Usage: dotnet run --project samples/Rag -- [options] [question...]

          question                  what to ask (default: "{DefaultQuestion}")
          --model <slug>            the chat model (default: $OPENROUTER_MODEL or {DefaultChatModel})
          --embedding-model <slug>  the embedding model (default: {DefaultEmbeddingModel})
          --live                    require OPENROUTER_API_KEY (fail instead of falling back to the emulator)
          -h, --help                show this help

        Environment:
          OPENROUTER_API_KEY  talk to OpenRouter; without it, the offline emulator makes deterministic vectors and a canned answer
          OPENROUTER_MODEL    the default chat model

        Exit codes: 0 done, 1 OpenRouter error or missing key with --live, 2 bad arguments.
        """);
}
