using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// Where an OpenRouter budget keeps what each scope has spent, in nano-dollars (see <see cref="OpenRouterSpendUnits"/>).
/// An in-memory store serves one process; a shared store (such as the Redis store of OpenRouter.Extensions.AI.Redis)
/// makes one budget hold across every instance of an app.
/// </summary>
/// <remarks>
/// Amounts are whole nano-dollars (1 USD = 1,000,000,000) so that an increment is a single atomic integer operation
/// (Redis <c>INCRBY</c>, <see cref="Interlocked.Add(ref long, long)"/>). Implementations must be thread-safe, and
/// <see cref="AddAsync"/> must be atomic: two concurrent adds both count. A store that cannot be reached throws; the
/// budget then fails closed or open as configured (<see cref="OpenRouterBudgetOptions.StoreFailureMode"/>).
/// </remarks>
public interface IOpenRouterSpendStore
{
    /// <summary>Reads the spend recorded for <paramref name="scope"/>, 0 when nothing was recorded.</summary>
    /// <param name="scope">The budget scope, e.g. a user or tenant id; <c>global</c> for an unscoped budget.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The spend in nano-dollars.</returns>
    ValueTask<long> GetAsync(string scope, CancellationToken cancellationToken = default);

    /// <summary>Atomically adds <paramref name="nanoUsd"/> (negative to give back a reservation) to the spend of <paramref name="scope"/>.</summary>
    /// <param name="scope">The budget scope.</param>
    /// <param name="nanoUsd">The amount in nano-dollars; may be negative.</param>
    /// <param name="cancellationToken">Cancels the update (it may have happened already).</param>
    /// <returns>The spend after the addition, in nano-dollars.</returns>
    ValueTask<long> AddAsync(string scope, long nanoUsd, CancellationToken cancellationToken = default);
}
