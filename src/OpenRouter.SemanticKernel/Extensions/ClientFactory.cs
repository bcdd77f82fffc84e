using System;
using System.Net.Http;

namespace OpenRouter.SemanticKernel;

/// <summary>Argument checks and client creation shared by the services and the registration extensions.</summary>
internal static class ClientFactory
{
    public static string RequireModelId(string? modelId, string parameterName = "modelId")
    {
        if (modelId is null)
        {
            throw new ArgumentNullException(parameterName, "The OpenRouter model id is required, e.g. \"openai/gpt-4o-mini\".");
        }

        if (string.IsNullOrWhiteSpace(modelId))
        {
            throw new ArgumentException("The OpenRouter model id must not be empty; pass a model slug such as \"openai/gpt-4o-mini\".", parameterName);
        }

        return modelId;
    }

    public static string RequireApiKey(string? apiKey, string parameterName = "apiKey")
    {
        if (apiKey is null)
        {
            throw new ArgumentNullException(parameterName, "The OpenRouter API key is required.");
        }

        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("The OpenRouter API key must not be empty; pass the key OpenRouter shows (sk-or-v1-...).", parameterName);
        }

        return apiKey;
    }

    /// <summary>The client settings for <paramref name="apiKey"/> at <paramref name="endpoint"/> (the default API root when null), checked as the client constructor checks them.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message is the client constructor's.</exception>
    public static OpenRouterClientOptions Options(string apiKey, Uri? endpoint)
    {
        var options = new OpenRouterClientOptions { ApiKey = RequireApiKey(apiKey) };
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }

        options.Validate();
        return options;
    }

    /// <summary>A client for <paramref name="apiKey"/> at <paramref name="endpoint"/> (the default API root when null).</summary>
    public static OpenRouterClient Create(string apiKey, Uri? endpoint, HttpClient? httpClient) => new(Options(apiKey, endpoint), httpClient);

    public static System.Collections.Generic.Dictionary<string, object?> Attributes(string modelId, OpenRouterClient client) => new()
    {
        [Microsoft.SemanticKernel.Services.AIServiceExtensions.ModelIdKey] = modelId,
        [Microsoft.SemanticKernel.Services.AIServiceExtensions.EndpointKey] = client.Endpoint.ToString(),
    };
}
