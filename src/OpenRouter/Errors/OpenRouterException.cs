using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter;

/// <summary>
/// An error reported by OpenRouter (an error status, an error body sent with HTTP 200, or an error event inside a
/// stream), or a failure to reach it. The root of every exception this library throws for a failed call.
/// </summary>
/// <remarks>
/// Never holds the API key, whole or cut: messages, payload excerpts, the error object and inner exceptions are
/// redacted (every run of 12 or more of its characters) before anything is shortened or stored.
/// </remarks>
public partial class OpenRouterException : Exception
{
    private (decimal LimitUsd, decimal SpendUsd, string? Scope)? _budget;

    /// <summary>Creates an exception with a message only.</summary>
    public OpenRouterException()
        : this("The OpenRouter call failed.")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">What went wrong.</param>
    public OpenRouterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception wrapping <paramref name="innerException"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OpenRouterException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal OpenRouterException(string message, OpenRouterErrorInfo info, Exception? innerException = null)
        : base(info.Redactor?.Redact(message) ?? message, info.Redactor?.RedactInner(innerException) ?? innerException)
    {
        StatusCode = info.StatusCode;
        Error = info.Redactor?.RedactError(info.Error) ?? info.Error;
        RetryAfter = info.RetryAfter;
        IsRetryable = info.IsRetryable;
        GenerationId = info.Redactor?.RedactOptional(info.GenerationId) ?? info.GenerationId;
        ResponseExcerpt = info.Redactor?.RedactOptional(info.ResponseExcerpt) ?? info.ResponseExcerpt;
        RateLimit = info.RateLimit;
    }

    /// <summary>The HTTP status (or, for an error inside a 200 answer or a stream, the status OpenRouter put in <c>error.code</c>); null when no answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The error object OpenRouter sent, when it sent one.</summary>
    public OpenRouterError? Error { get; }

    /// <summary>OpenRouter's <c>error.code</c> as text (a number such as <c>429</c> or a string such as <c>server_error</c>); null when absent.</summary>
    public string? ErrorCode => ErrorDetails.CodeText(Error);

    /// <summary>OpenRouter's message, without the status and provider decorations of <see cref="Exception.Message"/>.</summary>
    public string? ErrorMessage => Error?.Message;

    /// <summary>The typed category, <c>metadata.error_type</c> (or <c>error_type</c>), such as <c>rate_limit_exceeded</c> or <c>context_length_exceeded</c>.</summary>
    public string? ErrorType => Error?.ErrorType ?? ErrorDetails.MetadataString(Error, "error_type");

    /// <summary>The error's <c>metadata</c> object: moderation reasons, provider name, raw provider error, and anything new.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata => Error?.Metadata;

    /// <summary>The provider that failed (<c>metadata.provider_name</c>), when OpenRouter names it.</summary>
    public string? ProviderName => ErrorDetails.MetadataString(Error, "provider_name");

    /// <summary>The provider's own error (<c>metadata.raw</c>) as text: a JSON document or plain text.</summary>
    public string? RawProviderError => ErrorDetails.RawProviderError(Error);

    /// <summary>The provider's own message, taken from <see cref="RawProviderError"/> when it is JSON with a message, else the raw text.</summary>
    public string? ProviderMessage => ErrorDetails.ProviderMessage(Error);

    /// <summary>Why moderation flagged the input (<c>metadata.reasons</c> of a 403), when it did.</summary>
    public IReadOnlyList<string>? ModerationReasons => ErrorDetails.MetadataStrings(Error, "reasons");

    /// <summary>The flagged excerpt of the input (<c>metadata.flagged_input</c>, at most 100 characters), when moderation flagged it.</summary>
    public string? FlaggedInput => ErrorDetails.MetadataString(Error, "flagged_input");

    /// <summary>How long the server asked to wait before retrying (<c>retry-after-ms</c>, <c>Retry-After</c> or <c>availability.retry_after</c>).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether retrying the same request could succeed (408, 429, 5xx, connection failures, retryable availability errors).</summary>
    public bool IsRetryable { get; }

    /// <summary>The generation id (<c>gen-...</c>) of the failed call, when known; use it with <see cref="OpenRouterClient.GetGenerationAsync"/>.</summary>
    public string? GenerationId { get; }

    /// <summary>
    /// The usage and cost of the failed generation (<c>usage</c>), when OpenRouter sent them with the error: on the error
    /// chunk of a stream, or beside the error in a 200 answer. Its <see cref="TokenUsage.Cost"/> was billed; null otherwise.
    /// </summary>
    public TokenUsage? Usage { get; internal init; }

    /// <summary>How many HTTP attempts were made, retries included.</summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>At most 256 characters of a body that was not OpenRouter's JSON (an HTML gateway page, say), sanitised and redacted.</summary>
    public string? ResponseExcerpt { get; }

    /// <summary>
    /// Which limit refused the request (<c>metadata.limit_source</c> of a 402, 403 or 429), such as
    /// <see cref="OpenRouter.LimitSource.InFlightBudget"/> or <see cref="OpenRouter.LimitSource.KeyLimit"/>; null when not given.
    /// </summary>
    public LimitSource? LimitSource => LimitDetails.Source(Error);

    /// <summary>
    /// The scope of the budget that was spent: <c>metadata.scope</c> of OpenRouter's 403 budget limit, or the scope of a
    /// local budget that refused the call; null when not given.
    /// </summary>
    public string? LimitScope => _budget is { } local ? local.Scope : ErrorDetails.MetadataString(Error, "scope");

    /// <summary>
    /// The budget in US dollars: <c>metadata.limit_usd</c> of OpenRouter's 403 budget limit (a number or a numeric
    /// string), or the limit of a local budget that refused the call; null when not given.
    /// </summary>
    public decimal? LimitUsd => _budget is { } local ? local.LimitUsd : LimitDetails.MetadataDecimal(Error, "limit_usd");

    /// <summary>What was spent against that budget in US dollars (<c>metadata.spend_usd</c>, or the local budget's spend); null when not given.</summary>
    public decimal? SpendUsd => _budget is { } local ? local.SpendUsd : LimitDetails.MetadataDecimal(Error, "spend_usd");

    /// <summary>When the spent budget resets (<c>metadata.resets_at</c>, an ISO 8601 time); null when not given or unreadable.</summary>
    public DateTimeOffset? ResetsAt => LimitDetails.MetadataTime(Error, "resets_at");

    /// <summary>
    /// Whether this is a 429 from the upstream provider's shared pool (<c>limit_source: upstream_provider_shared_pool</c>)
    /// rather than your key's limit: another provider or model can serve the request now.
    /// </summary>
    public bool IsUpstreamRateLimit => LimitSource == OpenRouter.LimitSource.UpstreamProviderSharedPool;

    /// <summary>OpenRouter's advice on an upstream rate limit (<c>metadata.remedy_hint</c>); null when not given.</summary>
    public string? RemedyHint => ErrorDetails.MetadataString(Error, "remedy_hint");

    /// <summary>
    /// The <c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset</c> of a 429 that OpenRouter
    /// raised for your account or key (from the headers, or their copy in <c>metadata.headers</c>); null when absent.
    /// </summary>
    public RateLimitHeaders? RateLimit { get; }

    /// <summary>For a budget enforced in this process (not by OpenRouter): its figures, which <see cref="LimitUsd"/>, <see cref="SpendUsd"/> and <see cref="LimitScope"/> then report.</summary>
    internal void SetLocalBudget(decimal limitUsd, decimal spendUsd, string? scope) => _budget = (limitUsd, spendUsd, scope);
}

/// <summary>The facts an exception is built from, with the <see cref="Redactor"/> that takes the API key out of them.</summary>
/// <remarks>
/// The exception redacts its message, inner exceptions, error object, generation id and excerpt with it: a last line of
/// defence, since texts a server sent must still be redacted before they are cut (see <see cref="SecretRedactor"/>).
/// </remarks>
internal readonly record struct OpenRouterErrorInfo(
    int? StatusCode,
    OpenRouterError? Error,
    TimeSpan? RetryAfter,
    bool IsRetryable,
    string? GenerationId,
    string? ResponseExcerpt,
    RateLimitHeaders? RateLimit = null,
    SecretRedactor? Redactor = null);
