using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Extensions.AI;

/// <summary>Settings of the budget middleware added by <c>UseOpenRouterBudget</c>: scopes, store, pre-flight estimate, outage behaviour.</summary>
public sealed class OpenRouterBudgetOptions
{
    /// <summary>
    /// The <see cref="ChatOptions.AdditionalProperties"/> key read for the scope when <see cref="ScopeSelector"/> is not
    /// set: <c>openrouter.budget_scope</c>. It is not an OpenRouter wire field, so it never reaches the request.
    /// </summary>
    public const string ScopePropertyName = "openrouter.budget_scope";

    /// <summary>The store key of calls that name no scope: <c>global</c>.</summary>
    public const string GlobalScope = "global";

    /// <summary>
    /// Gets or sets the limit in US dollars of each scope (the <c>limitUsd</c> given to <c>UseOpenRouterBudget</c>).
    /// Once a scope's recorded spend reaches it, calls in that scope are refused.
    /// </summary>
    public decimal LimitUsd { get; set; }

    /// <summary>
    /// Gets or sets a function that names the scope of a call (a user, session or tenant id) from its messages and
    /// options; null or empty means the unscoped budget. When null (the default), the scope is read from
    /// <see cref="ChatOptions.AdditionalProperties"/>[<see cref="ScopePropertyName"/>].
    /// </summary>
    public Func<IEnumerable<ChatMessage>, ChatOptions?, string?>? ScopeSelector { get; set; }

    /// <summary>Gets or sets a function giving a scope its own limit in US dollars; null (or a null result) means <see cref="LimitUsd"/>.</summary>
    public Func<string, decimal?>? ScopeLimit { get; set; }

    /// <summary>
    /// Gets or sets where the spend is kept. When null (the default), the <see cref="IOpenRouterSpendStore"/> registered
    /// in the service provider the pipeline is built with, else a new <see cref="OpenRouterInMemorySpendStore"/> of
    /// this pipeline's own.
    /// </summary>
    public IOpenRouterSpendStore? Store { get; set; }

    /// <summary>Gets or sets what happens when the store cannot be reached; <see cref="OpenRouterBudgetFailureMode.FailClosed"/> by default.</summary>
    public OpenRouterBudgetFailureMode StoreFailureMode { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether each call's cost is estimated before it is sent, refusing a call whose
    /// estimate exceeds what is left. Off by default.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The estimate prices the prompt size and <see cref="ChatOptions.MaxOutputTokens"/> at the model's catalogue
    /// prices, and is reserved in the store while the call runs.
    /// </para>
    /// <para>
    /// The prompt is counted as one token per 4 UTF-8 bytes of its text: an approximation, not the model's tokenizer.
    /// Without <see cref="ChatOptions.MaxOutputTokens"/> only the prompt is estimated. Prices come from
    /// <see cref="OpenRouterClient.ListModelsAsync"/> through the pipeline's <see cref="OpenRouterClient"/>, cached for
    /// <see cref="PriceCacheDuration"/>; a model without a known price (unknown, or routed such as
    /// <c>openrouter/auto</c>) is not estimated.
    /// </para>
    /// </remarks>
    public bool EstimateBeforeCall { get; set; }

    /// <summary>Gets or sets how long the model catalogue's prices are reused for estimates; one hour by default.</summary>
    public TimeSpan PriceCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the logger factory for outage warnings; when null, the one in the service provider, if any.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
