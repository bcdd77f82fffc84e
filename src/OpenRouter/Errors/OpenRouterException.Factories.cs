using System;

namespace OpenRouter;

/// <summary>The named ways the client builds an <see cref="OpenRouterException"/>, each with its message.</summary>
public partial class OpenRouterException
{
    /// <summary>An HTTP error status: OpenRouter's error envelope when the body held one, else the reason phrase.</summary>
    /// <param name="reasonPhrase">The status line's reason phrase, the message when the body held no error.</param>
    /// <param name="info">The facts, with the redacted <see cref="OpenRouterErrorInfo.Error"/> (or null) and the excerpt of a body that was not an error envelope.</param>
    internal static OpenRouterException FromErrorResponse(string? reasonPhrase, OpenRouterErrorInfo info) =>
        new(
            ErrorDetails.ComposeMessage("OpenRouter returned an error", info.StatusCode, info.Error ?? new OpenRouterError { Message = reasonPhrase }, info.ResponseExcerpt, info.RateLimit),
            info);

    /// <summary>An error OpenRouter reported inside an answer it began with HTTP 200 (its whole body, or a body sent instead of a stream).</summary>
    /// <param name="prefix">Where the error was found, the start of the message.</param>
    /// <param name="info">The facts, with the redacted error.</param>
    /// <param name="usage">The usage sent beside the error, if any.</param>
    internal static OpenRouterException FromReportedError(string prefix, OpenRouterErrorInfo info, TokenUsage? usage = null) =>
        new(ComposeReportedMessage(prefix, info), info) { Usage = usage };

    /// <summary>A 200 answer without choices (soft moderation or an upstream hiccup).</summary>
    internal static OpenRouterException NoChoices(string path, OpenRouterErrorInfo info) =>
        new(
            $"OpenRouter answered {path} with HTTP 200 but no choices (generation {GenerationText(info)}). This happens on soft moderation or an upstream hiccup; retry, or look the generation up with GetGenerationAsync.",
            info);

    /// <summary>No answer arrived: the connection failed (before or after the request was sent).</summary>
    internal static OpenRouterException ConnectionFailed(string host, Exception cause, OpenRouterErrorInfo info) =>
        new($"Could not get an answer from OpenRouter at {host}: {cause.Message}", info, cause);

    /// <summary>The message of an error reported in a 200 answer or a stream event: <paramref name="prefix"/>, then the error's facts.</summary>
    internal static string ComposeReportedMessage(string prefix, OpenRouterErrorInfo info) =>
        ErrorDetails.ComposeMessage(prefix, info.StatusCode, info.Error, excerpt: null, info.RateLimit);

    /// <summary>The generation id for a message, or <c>unknown</c>.</summary>
    internal static string GenerationText(OpenRouterErrorInfo info) => info.GenerationId ?? "unknown";
}
