using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Images;

/// <summary>
/// <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="IImageGenerator"/> (<c>POST images</c>):
/// generation from a prompt, edits from original images. Stateless and thread-safe; the wrapped client is not owned.
/// </summary>
[Experimental("MEAI001")]
internal sealed class OpenRouterImageGenerator : IImageGenerator
{
    private readonly OpenRouterClient _client;
    private readonly string? _defaultModelId;
    private readonly ImageGeneratorMetadata _metadata;

    public OpenRouterImageGenerator(OpenRouterClient client, string? defaultModelId)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _defaultModelId = string.IsNullOrWhiteSpace(defaultModelId) ? null : defaultModelId;
        _metadata = new ImageGeneratorMetadata("openrouter", client.Endpoint, _defaultModelId);
    }

    public async Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var wire = ToImageRequest.Create(request, options, _defaultModelId, this);
        var response = await _client.CreateImagesAsync(wire, cancellationToken).ConfigureAwait(false);
        return FromImageResponse.ToResponse(response, wire.OutputFormat);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null)
        {
            throw new ArgumentNullException(nameof(serviceType));
        }

        return serviceKey is not null ? null
            : serviceType == typeof(ImageGeneratorMetadata) ? _metadata
            : serviceType == typeof(OpenRouterClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The OpenRouterClient is shared and owned by whoever created it.
    }

    public override string ToString() => $"OpenRouterImageGenerator {{ Endpoint = {_client.Endpoint}, DefaultModel = {_defaultModelId ?? "(none)"} }}";
}
