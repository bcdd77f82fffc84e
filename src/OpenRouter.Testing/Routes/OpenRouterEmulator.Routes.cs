using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace OpenRouter.Testing;

/// <summary>What the emulator answers by itself when no script is queued.</summary>
public sealed partial class OpenRouterEmulator
{
    private Task RouteAsync(EmulatorExchange exchange, RecordedRequest record, CancellationToken cancellationToken)
    {
        var path = record.Path;
        var segments = path.Split('/');
        return path switch
        {
            "chat/completions" or "completions" => Only("POST", () => AnswerInferenceAsync(exchange, record, cancellationToken)),
            "models" => Only("GET", () => AnswerModelsAsync(exchange, record, cancellationToken)),
            "key" or "auth/key" => Only("GET", () => WriteBodyAsync(exchange, 200, "application/json", KeyJson(), cancellationToken)),
            "credits" => Only("GET", () => WriteBodyAsync(exchange, 200, "application/json", CreditsJson(), cancellationToken)),
            "generation" => Only("GET", () => AnswerGenerationAsync(exchange, record, cancellationToken)),
            _ when segments is ["models", _, _, "endpoints"] => Only("GET", () => AnswerEndpointsAsync(exchange, record, segments[1] + "/" + segments[2], cancellationToken)),
            _ when RouteBuilder(path) is { } build => Only(IsRouteInference(path) ? "POST" : "GET", () => AnswerRouteAsync(exchange, record, build, null, cancellationToken)),
            _ => WriteErrorAsync(exchange, 404, $"Not Found: no route for {record.Method} {path}", cancellationToken),
        };

        Task Only(string method, Func<Task> answer)
        {
            if (string.Equals(record.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return answer();
            }

            exchange.AddHeader("Allow", method);
            return WriteErrorAsync(exchange, 405, $"Method {record.Method} is not allowed on {path}; use {method}.", cancellationToken);
        }
    }

    private Task AnswerInferenceAsync(EmulatorExchange exchange, RecordedRequest record, CancellationToken cancellationToken) =>
        InferenceBodyProblem(record) is { } problem
            ? WriteErrorAsync(exchange, 400, problem, cancellationToken)
            : WriteAnswerAsync(exchange, record, Resolve(record, null, null), null, cancellationToken);

    /// <summary>Why a <c>chat/completions</c> or <c>completions</c> body cannot be answered, or <see langword="null"/>.</summary>
    private static string? InferenceBodyProblem(RecordedRequest record)
    {
        if (record.Json is not { } json)
        {
            return "Invalid request: the body is not valid JSON.";
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            return "Invalid request: the body must be a JSON object.";
        }

        if (RequestedModel(record) is null)
        {
            return "No model specified: set \"model\" (the emulator has no account default model).";
        }

        if (record.Path == "completions")
        {
            return json.TryGetProperty("prompt", out var prompt) && prompt.ValueKind is JsonValueKind.String or JsonValueKind.Array
                ? null
                : "Input required: \"prompt\" must be a string or an array.";
        }

        return json.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
            ? null
            : "Input required: \"messages\" must be a non-empty array.";
    }

    private Task AnswerModelsAsync(EmulatorExchange exchange, RecordedRequest record, CancellationToken cancellationToken)
    {
        var answer = CatalogQuery.ModelList(record, CatalogQuery.FilterModels(QueryHelpers.ParseQuery(record.QueryString)), "/api/v1/models");
        return answer.Problem is { } problem
            ? WriteErrorAsync(exchange, answer.Status, problem, cancellationToken)
            : WriteBodyAsync(exchange, 200, "application/json", answer.Pieces[0], cancellationToken);
    }

    private Task AnswerEndpointsAsync(EmulatorExchange exchange, RecordedRequest record, string modelId, CancellationToken cancellationToken)
    {
        if (ModelCatalogue.Find(modelId) is not { } model)
        {
            return WriteErrorAsync(exchange, 404, $"No endpoints found for {modelId}.", cancellationToken);
        }

        var authenticated = BearerKey(record) is not null;
        return WriteBodyAsync(exchange, 200, "application/json", JsonText.Write(w => ModelCatalogue.WriteEndpoints(w, model, authenticated)), cancellationToken);
    }

    private Task AnswerGenerationAsync(EmulatorExchange exchange, RecordedRequest record, CancellationToken cancellationToken)
    {
        var query = QueryHelpers.ParseQuery(record.QueryString);
        if (!query.TryGetValue("id", out var ids) || string.IsNullOrEmpty(ids.ToString()))
        {
            return WriteErrorAsync(exchange, 400, "Invalid query: \"id\" is required.", cancellationToken);
        }

        if (!_generations.TryGetValue(ids.ToString(), out var generation))
        {
            return WriteErrorAsync(exchange, 404, $"Generation {ids} not found.", cancellationToken);
        }

        return WriteBodyAsync(exchange, 200, "application/json", generation.ToJson(), cancellationToken);
    }

    private void RegisterGeneration(RecordedRequest record, ResolvedAnswer answer, bool streamed, bool cancelled)
    {
        if (record.GenerationId is null)
        {
            return;
        }

        _generations[answer.Id] = new GenerationRecord(answer, streamed, record.Headers)
        {
            Cancelled = cancelled,
            FinishReason = answer.ErrorCodeJson is null ? answer.FinishReason : "error",
        };
    }

    private decimal TotalUsage() => _generations.Values.Sum(g => g.Answer.Cost);

    private string KeyJson()
    {
        var usage = TotalUsage();
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("label", "sk-or-v1-emu...tor");
            if (_options.KeyLimit is { } limit)
            {
                w.WriteNumber("limit", limit);
                w.WriteNumber("limit_remaining", Math.Max(0, limit - usage));
                w.WriteString("limit_reset", "monthly");
            }
            else
            {
                w.WriteNull("limit");
                w.WriteNull("limit_remaining");
                w.WriteNull("limit_reset");
            }

            w.WriteBoolean("include_byok_in_limit", false);
            w.WriteNumber("usage", usage);
            w.WriteNumber("usage_daily", usage);
            w.WriteNumber("usage_weekly", usage);
            w.WriteNumber("usage_monthly", usage);
            w.WriteNumber("byok_usage", 0);
            w.WriteNumber("byok_usage_daily", 0);
            w.WriteNumber("byok_usage_weekly", 0);
            w.WriteNumber("byok_usage_monthly", 0);
            w.WriteBoolean("is_free_tier", false);
            w.WriteBoolean("is_management_key", false);
            w.WriteBoolean("is_provisioning_key", false);
            w.WriteString("creator_user_id", "user_emulator");
            w.WriteNull("expires_at");
            w.WriteStartObject("rate_limit");
            w.WriteNumber("requests", -1);
            w.WriteString("interval", "10s");
            w.WriteString("note", "This field is deprecated and safe to ignore.");
            w.WriteEndObject();
            WriteFreeModelDailyRequests(w);
            WriteEffectiveBudget(w, usage);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>free_model_daily_requests</c>: today's (UTC) answers from <c>:free</c> models against OpenRouter's daily allowance
    /// (1000 once 10 credits were bought, else 50).
    /// </summary>
    private void WriteFreeModelDailyRequests(Utf8JsonWriter w)
    {
        var today = DateTimeOffset.UtcNow.Date;
        var used = _generations.Values.Count(g =>
            g.Answer.Model.EndsWith(":free", StringComparison.Ordinal) && DateTimeOffset.FromUnixTimeSeconds(g.Answer.Created).UtcDateTime.Date == today);
        var limit = _options.TotalCredits >= 10m ? 1000 : 50;
        w.WriteStartObject("free_model_daily_requests");
        w.WriteNumber("used", used);
        w.WriteNumber("limit", limit);
        w.WriteNumber("remaining", Math.Max(0, limit - used));
        w.WriteEndObject();
    }

    /// <summary><c>effective_budget</c>: the smaller of the credits left and the key's limit left.</summary>
    private void WriteEffectiveBudget(Utf8JsonWriter w, decimal usage)
    {
        var remaining = Math.Max(0, _options.TotalCredits - usage);
        if (_options.KeyLimit is { } limit)
        {
            remaining = Math.Min(remaining, Math.Max(0, limit - usage));
        }

        w.WriteStartObject("effective_budget");
        w.WriteNumber("remaining_usd", remaining);
        w.WriteEndObject();
    }

    private string CreditsJson()
    {
        var usage = TotalUsage();
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteNumber("total_credits", _options.TotalCredits);
            w.WriteNumber("total_usage", usage);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }
}

/// <summary>The stats <c>GET generation</c> reports for a generation the emulator produced.</summary>
internal sealed class GenerationRecord(ResolvedAnswer answer, bool streamed, IReadOnlyDictionary<string, string> headers)
{
    private volatile bool _cancelled;

    public ResolvedAnswer Answer { get; } = answer;

    public bool Cancelled
    {
        get => _cancelled;
        set => _cancelled = value;
    }

    public required string FinishReason { get; init; }

    public string ToJson() => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("data");
        WriteOutcome(w, Answer);
        WriteCounts(w, Answer);
        WriteRequest(w);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>What the generation was: id, cost, time, model, provider, latencies and finish reasons.</summary>
    private void WriteOutcome(Utf8JsonWriter w, ResolvedAnswer a)
    {
        var latency = Math.Round(120.5 + (a.CompletionTokens * 1.25), 2);
        w.WriteString("id", a.Id);
        w.WriteString("upstream_id", "emu-" + a.Id);
        w.WriteNumber("total_cost", a.Cost);
        w.WriteNumber("usage", a.Cost);
        w.WriteNumber("cache_discount", 0);
        w.WriteNull("upstream_inference_cost");
        w.WriteString("created_at", DateTimeOffset.FromUnixTimeSeconds(a.Created).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        w.WriteString("model", a.Model);
        w.WriteNull("app_id");
        w.WriteBoolean("streamed", streamed);
        w.WriteBoolean("cancelled", Cancelled);
        w.WriteString("provider_name", a.Provider);
        w.WriteNumber("latency", latency);
        w.WriteNumber("moderation_latency", 12.75);
        w.WriteNumber("generation_time", Math.Round(latency * 0.8, 2));
        w.WriteString("finish_reason", FinishReason);
        w.WriteString("native_finish_reason", FinishReason == "error" ? "error" : a.NativeFinishReason);
    }

    private static void WriteCounts(Utf8JsonWriter w, ResolvedAnswer a)
    {
        w.WriteNumber("tokens_prompt", a.PromptTokens);
        w.WriteNumber("tokens_completion", a.CompletionTokens);
        w.WriteNumber("native_tokens_prompt", a.PromptTokens);
        w.WriteNumber("native_tokens_completion", a.CompletionTokens);
        w.WriteNumber("native_tokens_completion_images", 0);
        w.WriteNumber("native_tokens_reasoning", a.ReasoningTokens);
        w.WriteNumber("native_tokens_cached", a.CachedTokens);
        w.WriteNumber("num_media_prompt", 0);
        w.WriteNumber("num_media_completion", 0);
        w.WriteNumber("num_input_audio_prompt", 0);
        w.WriteNumber("num_search_results", 0);
        w.WriteNumber("num_fetches", 0);
    }

    /// <summary>Where the request came from (its headers) and the fields the emulator leaves empty.</summary>
    private void WriteRequest(Utf8JsonWriter w)
    {
        w.WriteString("origin", headers.TryGetValue("HTTP-Referer", out var referer) ? referer : string.Empty);
        w.WriteBoolean("is_byok", false);
        w.WriteString("api_type", Answer.ApiType);
        w.WriteNull("router");
        w.WriteNull("provider_responses");
        w.WriteNull("external_user");
        w.WriteStringOrNull("http_referer", headers.TryGetValue("HTTP-Referer", out var httpReferer) ? httpReferer : null);
        w.WriteStringOrNull("user_agent", headers.TryGetValue("User-Agent", out var userAgent) ? userAgent : null);
        w.WriteNull("preset_id");
        w.WriteStringOrNull("session_id", headers.TryGetValue("x-session-id", out var session) ? session : null);
        w.WriteNull("request_id");
        w.WriteNull("response_cache_source_id");
        w.WriteNull("service_tier");
        w.WriteNull("web_search_engine");
        w.WriteNull("workspace_id");
        w.WriteString("data_region", "global");
    }
}
