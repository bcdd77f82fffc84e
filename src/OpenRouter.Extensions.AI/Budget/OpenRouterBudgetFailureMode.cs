namespace OpenRouter.Extensions.AI;

/// <summary>What an OpenRouter budget does when its spend store cannot be read or updated (a Redis outage, say).</summary>
public enum OpenRouterBudgetFailureMode
{
    /// <summary>Refuse the call with an <see cref="OpenRouterBudgetStoreException"/> before any request is sent (the default).</summary>
    FailClosed = 0,

    /// <summary>Log a warning and let the call through unchecked; its spend is recorded once the store answers again.</summary>
    FailOpen = 1,
}
