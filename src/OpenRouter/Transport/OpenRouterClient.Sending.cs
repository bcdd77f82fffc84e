using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>Request sending: the HTTP request with OpenRouter's headers, and the JSON answers of the non-streaming calls.</summary>
public sealed partial class OpenRouterClient
{
    private const string GenerationIdHeader = "X-Generation-Id";

    private async Task<T> GetDataAsync<T>(string path, JsonTypeInfo<DataEnvelope<T>> typeInfo, bool retryNotFound, CancellationToken cancellationToken)
        where T : class
    {
        var envelope = await SendJsonAsync(HttpMethod.Get, path, null, typeInfo, retryNotFound, null, cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw OpenRouterProtocolException.MissingData(path, Info(200, null));
    }

    private Task<T> SendJsonAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> typeInfo, bool retryNotFound, OpenRouterRequestOptions? options, CancellationToken cancellationToken, ChunkParser<T>? parse = null)
        where T : class
    {
        ThrowIfDisposed();
        return ExecuteWithRetriesAsync(ct => SendJsonOnceAsync(method, path, body, typeInfo, parse, options, ct), retryNotFound, options?.MaxRetries, cancellationToken);
    }

    private async Task<T> SendJsonOnceAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> typeInfo, ChunkParser<T>? parse, OpenRouterRequestOptions? options, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendAsync(method, path, body, streaming: false, options, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAnswerAsync(response, method, path, typeInfo, parse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer of one request: an error for a failure status, else the body within its bound, parsed and checked.</summary>
    private async Task<T> ReadJsonAnswerAsync<T>(HttpResponseMessage response, HttpMethod method, string path, JsonTypeInfo<T> typeInfo, ChunkParser<T>? parse, CancellationToken cancellationToken)
        where T : class
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var generationId = GetGenerationIdHeader(response);
        var status = (int)response.StatusCode;
        PooledBody answer;
        try
        {
            // Not through ReadAnswerAsync: one state machine less per call.
            answer = await ResponseBody.ReadAsync(response, _maxResponseBytes, nameof(OpenRouterClientOptions.MaxResponseBytes), cancellationToken).ConfigureAwait(false);
        }
        catch (BodyDecodingException ex)
        {
            throw UndecodableBody(ex, method, path, status, generationId, eventIndex: null);
        }

        using var owned = answer;
        var result = ParseAnswer(answer, typeInfo, parse, method, path, status, generationId);
        if (result is IOpenRouterResponse inference)
        {
            ThrowIfFailed(inference, path, generationId);
        }
        else if (result is IRouteResponse route)
        {
            ThrowIfRouteFailed(route, method, path, generationId);
        }

        return result;
    }

    /// <summary>An inference answer that came with HTTP 200 still fails when it reports an error or has no choices.</summary>
    private void ThrowIfFailed(IOpenRouterResponse inference, string path, string? generationId)
    {
        generationId = inference.GenerationId ?? generationId;
        if (inference.GetError() is { } error)
        {
            throw OpenRouterException.FromReportedError("OpenRouter reported an error in a 200 answer", ReportedErrorInfo(error, generationId), inference.Usage);
        }

        if (!inference.HasChoices)
        {
            throw OpenRouterException.NoChoices(path, Info(200, generationId));
        }
    }

    /// <summary>The answer of another inference route that came with HTTP 200 still fails when it carries an <c>error</c> or lacks its result.</summary>
    private void ThrowIfRouteFailed(IRouteResponse route, HttpMethod method, string path, string? generationId)
    {
        if (route.AdditionalProperties is { } extra && extra.TryGetValue("error", out var raw) && raw.ValueKind == JsonValueKind.Object
            && raw.Deserialize(OpenRouterJsonContext.Default.OpenRouterError) is { } error)
        {
            throw OpenRouterException.FromReportedError("OpenRouter reported an error in a 200 answer", ReportedErrorInfo(error, generationId));
        }

        if (route.MissingMember is { } member)
        {
            throw OpenRouterProtocolException.MissingMember(method, path, member, Info(200, generationId));
        }
    }

    /// <summary>Reads one answer of <paramref name="typeInfo"/> (or with <paramref name="parse"/>); anything else is a protocol error.</summary>
    private T ParseAnswer<T>(PooledBody answer, JsonTypeInfo<T> typeInfo, ChunkParser<T>? parse, HttpMethod method, string path, int status, string? generationId)
        where T : class
    {
        T? result;
        try
        {
            result = Deserialize(answer.Span, typeInfo, parse);
        }
        catch (JsonException ex)
        {
            throw OpenRouterProtocolException.InvalidJson(method, path, ex, Info(status, generationId, excerpt: _redactor.Excerpt(answer.Span, answer.Capped)));
        }

        return result ?? throw OpenRouterProtocolException.JsonNull(method, path, Info(status, generationId));
    }

    /// <summary>Reads with <paramref name="parse"/>, else the serializer; a converter's <see cref="InvalidOperationException"/> counts as invalid JSON.</summary>
    private static T? Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, ChunkParser<T>? parse)
        where T : class
    {
        try
        {
            return parse is null ? JsonSerializer.Deserialize(json, typeInfo) : parse(json);
        }
        catch (InvalidOperationException invalid)
        {
            throw new JsonException(invalid.Message, invalid);
        }
    }

    /// <summary>As <see cref="ResponseBody.ReadAsync"/>; a body that cannot be decompressed is a protocol error.</summary>
    private async Task<PooledBody> ReadAnswerAsync(HttpResponseMessage response, HttpMethod method, string path, long maxBytes, string? boundName, CancellationToken cancellationToken)
    {
        try
        {
            return await ResponseBody.ReadAsync(response, maxBytes, boundName, cancellationToken).ConfigureAwait(false);
        }
        catch (BodyDecodingException ex)
        {
            throw UndecodableBody(ex, method, path, (int)response.StatusCode, GetGenerationIdHeader(response), eventIndex: null);
        }
    }

    /// <summary>Sends one request with OpenRouter's headers; the answer is returned once its headers arrived.</summary>
    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body, bool streaming, OpenRouterRequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync(method, path, body is null ? null : JsonContent(body), streaming ? EventStreamMediaType : JsonMediaType, options, cancellationToken);

    /// <summary>Sends one request with OpenRouter's headers, <paramref name="content"/> (disposed with the request) and <paramref name="accept"/>.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string accept, OpenRouterRequestOptions? options, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, ResolveUri(path));
#if NET
        // HttpClient applies its DefaultRequestVersion only to messages it creates itself: honour it here, so an
        // HttpClient set up for HTTP/2 (or h2c with RequestVersionExact) is used as configured.
        request.Version = _httpClient.DefaultRequestVersion;
        request.VersionPolicy = _httpClient.DefaultVersionPolicy;
#endif
        AddHeaders(request.Headers, accept);
        options?.Apply(request);
        request.Content = content;
        return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A JSON request body.</summary>
    private static ByteArrayContent JsonContent(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", JsonMediaType);
        return content;
    }

    /// <summary>The headers of every request: what it accepts, who sends it, the key and the app attribution.</summary>
    private void AddHeaders(HttpRequestHeaders headers, string accept)
    {
        headers.TryAddWithoutValidation("Accept", accept);
        headers.TryAddWithoutValidation("User-Agent", s_userAgent);
        if (_authorization is not null)
        {
            headers.TryAddWithoutValidation("Authorization", _authorization);
        }

        if (_appUrl is not null)
        {
            headers.TryAddWithoutValidation("HTTP-Referer", _appUrl);
        }

        if (_appTitle is not null)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Title", _appTitle);
            headers.TryAddWithoutValidation("X-Title", _appTitle);
        }
    }

    private Uri ResolveUri(string path) => path switch
    {
        ChatCompletionsPath => _chatCompletionsUri,
        CompletionsPath => _completionsUri,
        _ => new Uri(Endpoint, path),
    };

    private static string? GetGenerationIdHeader(HttpResponseMessage response)
    {
#if NET
        // The raw values, without parsing the header store (no enumerator or array per call).
        if (response.Headers.NonValidated.TryGetValues(GenerationIdHeader, out var raw))
        {
            foreach (var value in raw)
            {
                return value;
            }
        }

        return null;
#else
        return response.Headers.TryGetValues(GenerationIdHeader, out var values) ? values.FirstOrDefault() : null;
#endif
    }
}
