using System;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// A budget configured to fail closed (<see cref="OpenRouterBudgetFailureMode.FailClosed"/>, the default) could not
/// read or update its spend store, so it refused the call before any request was sent. The store's error is the
/// <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class OpenRouterBudgetStoreException : OpenRouterException
{
    internal OpenRouterBudgetStoreException(string? scope, Exception innerException)
        : base(
            $"The OpenRouter budget could not reach its spend store ({innerException.GetType().Name}: {innerException.Message}) and fails closed, " +
            $"so the call{(scope is null ? string.Empty : $" in scope '{scope}'")} was refused and nothing was sent. Bring the store back, or set " +
            "OpenRouterBudgetOptions.StoreFailureMode to FailOpen to let calls through with a logged warning while it is down.",
            innerException)
    {
        Scope = scope;
    }

    /// <summary>The scope of the refused call; null for the unscoped budget.</summary>
    public string? Scope { get; }
}
