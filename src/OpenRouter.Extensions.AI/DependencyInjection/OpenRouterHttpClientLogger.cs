using System;
using System.Net.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Extensions.AI.DependencyInjection;

/// <summary>
/// Logs the OpenRouter <see cref="HttpClient"/>'s requests (method, URL, status, duration) without their headers.
/// </summary>
/// <remarks>
/// It replaces IHttpClientFactory's default loggers, whose Trace-level header records redact values in the message text
/// but hand the raw headers, <c>Authorization: Bearer</c> key included, to structured log providers as the record's
/// state.
/// </remarks>
internal sealed class OpenRouterHttpClientLogger : IHttpClientLogger
{
    /// <summary>The log category.</summary>
    public const string Category = "OpenRouter.Http";

    private static readonly Action<ILogger, string, Uri?, Exception?> s_start =
        LoggerMessage.Define<string, Uri?>(LogLevel.Information, new EventId(100, "RequestStart"), "Sending HTTP request {HttpMethod} {Uri}");

    private static readonly Action<ILogger, int, double, Exception?> s_stop =
        LoggerMessage.Define<int, double>(LogLevel.Information, new EventId(101, "RequestEnd"), "Received HTTP response {StatusCode} after {ElapsedMilliseconds} ms");

    private static readonly Action<ILogger, string, Uri?, double, Exception?> s_failed =
        LoggerMessage.Define<string, Uri?, double>(LogLevel.Warning, new EventId(102, "RequestFailed"), "HTTP request {HttpMethod} {Uri} failed after {ElapsedMilliseconds} ms");

    private readonly ILogger _logger;

    public OpenRouterHttpClientLogger(ILoggerFactory loggerFactory)
    {
        _logger = loggerFactory.CreateLogger(Category);
    }

    public object? LogRequestStart(HttpRequestMessage request)
    {
        s_start(_logger, request.Method.Method, request.RequestUri, null);
        return null;
    }

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        s_stop(_logger, (int)response.StatusCode, elapsed.TotalMilliseconds, null);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        s_failed(_logger, request.Method.Method, request.RequestUri, elapsed.TotalMilliseconds, exception);
}
