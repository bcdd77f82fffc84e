using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter;

/// <summary>A typed client for the OpenRouter HTTP API. Thread-safe; create one and reuse it.</summary>
public sealed partial class OpenRouterClient : IDisposable
{
    /// <summary>Creates a client from <paramref name="options"/>, using <paramref name="httpClient"/> as is when given (it is never disposed by this client).</summary>
    public OpenRouterClient(OpenRouterClientOptions options, HttpClient? httpClient = null)
    {
        throw new NotImplementedException();
    }

    /// <summary>Creates a client for the default endpoint with <paramref name="apiKey"/>.</summary>
    public OpenRouterClient(string apiKey)
        : this(new OpenRouterClientOptions { ApiKey = apiKey })
    {
    }

    /// <summary>Sends <c>POST chat/completions</c> and returns the whole completion.</summary>
    public Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Sends <c>POST chat/completions</c> with <c>stream: true</c> and yields each chunk as it arrives.</summary>
    public IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Sends the legacy <c>POST completions</c> and returns the whole completion.</summary>
    public Task<Completion> CreateCompletionAsync(CompletionRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Sends the legacy <c>POST completions</c> with <c>stream: true</c> and yields each chunk.</summary>
    public IAsyncEnumerable<CompletionChunk> StreamCompletionAsync(CompletionRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Lists models (<c>GET models</c>), optionally filtered.</summary>
    public Task<IReadOnlyList<ModelInfo>> ListModelsAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Lists the provider endpoints serving one model (<c>GET models/{author}/{slug}/endpoints</c>).</summary>
    public Task<ModelEndpoints> ListModelEndpointsAsync(string author, string slug, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Returns information about the calling API key (<c>GET key</c>).</summary>
    public Task<KeyInfo> GetKeyAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Returns the account's credits (<c>GET credits</c>).</summary>
    public Task<Credits> GetCreditsAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Returns stats and cost of one generation (<c>GET generation?id=</c>).</summary>
    public Task<GenerationInfo> GetGenerationAsync(string id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
