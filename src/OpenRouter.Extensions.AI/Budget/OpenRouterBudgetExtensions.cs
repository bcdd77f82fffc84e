using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRouter;
using OpenRouter.Extensions.AI;
using OpenRouter.Extensions.AI.Budget;

namespace Microsoft.Extensions.AI;

/// <summary>Adds an OpenRouter spending budget to a chat pipeline, and names the budget scope of a call.</summary>
public static class OpenRouterBudgetExtensions
{
    /// <summary>
    /// Adds a spending budget: once the spend recorded for a call's scope reaches <paramref name="limitUsd"/>, calls in
    /// that scope fail with <see cref="OpenRouterBudgetExceededException"/> before any request is sent.
    /// </summary>
    /// <remarks>
    /// <para>Each call's cost, as OpenRouter billed it, is added to the scope's spend when the call ends.</para>
    /// <para>
    /// Placement: added after <c>UseFunctionInvocation()</c> (inside it) the budget sees every HTTP call of a tool loop
    /// and can stop the loop between calls, which is the recommended place; added before it (outside), it checks once per
    /// turn and counts the turn's total. Put it below any cache, so that cache hits cost nothing.
    /// </para>
    /// <para>
    /// Bound: the check and the record are separate store operations, so calls already in flight when the limit is
    /// reached still finish and are counted: the spend can pass the limit by at most the cost of the calls in flight
    /// (one call per process that makes one call at a time). With
    /// <see cref="OpenRouterBudgetOptions.EstimateBeforeCall"/> each call reserves its estimate first, which tightens
    /// that to the error of the estimates.
    /// </para>
    /// </remarks>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="limitUsd">The limit of each scope in US dollars; 0 refuses every call.</param>
    /// <param name="configure">Sets scopes, the store, the pre-flight estimate and the outage behaviour; may be null.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static ChatClientBuilder UseOpenRouterBudget(this ChatClientBuilder builder, decimal limitUsd, Action<OpenRouterBudgetOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        var settings = new OpenRouterBudgetOptions { LimitUsd = limitUsd };
        configure?.Invoke(settings);
        Validate(settings);

        // Clients built from this builder share one in-memory store unless a store is configured or registered.
        var fallbackStore = new Lazy<OpenRouterInMemorySpendStore>(() => new OpenRouterInMemorySpendStore());
        return builder.Use((inner, services) =>
        {
            var store = settings.Store ?? services.GetService(typeof(IOpenRouterSpendStore)) as IOpenRouterSpendStore ?? fallbackStore.Value;
            var loggerFactory = settings.LoggerFactory ?? services.GetService(typeof(ILoggerFactory)) as ILoggerFactory ?? NullLoggerFactory.Instance;
            return new OpenRouterBudgetChatClient(inner, CreatePolicy(inner, settings, store, loggerFactory.CreateLogger(BudgetLog.Category)));
        });
    }

    /// <summary>Names the budget scope of calls made with these options (a user, session or tenant id), under <see cref="OpenRouterBudgetOptions.ScopePropertyName"/>.</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="scope">The scope; each scope has its own spend and limit.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithOpenRouterBudgetScope(this ChatOptions options, string scope)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (string.IsNullOrWhiteSpace(scope))
        {
            throw new ArgumentException("Give the budget scope a non-empty name, such as a user or tenant id.", nameof(scope));
        }

        (options.AdditionalProperties ??= [])[OpenRouterBudgetOptions.ScopePropertyName] = scope;
        return options;
    }

    private static BudgetPolicy CreatePolicy(IChatClient inner, OpenRouterBudgetOptions settings, IOpenRouterSpendStore store, ILogger logger)
    {
        var defaultModelId = inner.GetService<ChatClientMetadata>()?.DefaultModelId;
        CostEstimator? estimator = null;
        if (settings.EstimateBeforeCall)
        {
            var client = inner.GetService<OpenRouterClient>() ?? throw new InvalidOperationException(
                "OpenRouterBudgetOptions.EstimateBeforeCall needs the model catalogue's prices, read through an OpenRouterClient below UseOpenRouterBudget; " +
                "the inner chat client offers none. Build the pipeline on OpenRouterClient.AsIChatClient(...), or turn the estimate off.");
            estimator = new CostEstimator(new ModelPriceCache(client, settings.PriceCacheDuration, logger), defaultModelId, logger);
        }

        return new BudgetPolicy(settings, new SpendLedger(store, settings.StoreFailureMode, logger), estimator, defaultModelId, logger);
    }

    private static void Validate(OpenRouterBudgetOptions settings)
    {
        if (settings.LimitUsd < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.LimitUsd, "The budget limit must be zero or more US dollars.");
        }

        if (settings.PriceCacheDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.PriceCacheDuration, "OpenRouterBudgetOptions.PriceCacheDuration must be positive.");
        }
    }
}
