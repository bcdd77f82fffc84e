using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;
using OpenRouter.Serialization;

namespace OpenRouter.Extensions.AI.Embeddings;

/// <summary>Maps the texts and <see cref="EmbeddingGenerationOptions"/> of an embedding call to an OpenRouter <see cref="EmbeddingRequest"/>. Never changes its inputs.</summary>
internal static class ToEmbeddingRequest
{
    private static readonly RouteOptionsShape s_shape = new(
        nameof(EmbeddingGenerationOptions),
        " (for example \"openai/text-embedding-3-large\"), or pass a default model to AsIEmbeddingGenerator(defaultModelId) or the OpenRouter:DefaultEmbeddingModel setting",
        ("input", "the texts to embed are the values passed to GenerateAsync."));

    /// <summary>Builds the request; <paramref name="texts"/> must not be empty.</summary>
    /// <remarks>
    /// Typed fields: <see cref="EmbeddingGenerationOptions.ModelId"/> (else the default model) and
    /// <see cref="EmbeddingGenerationOptions.Dimensions"/> (else the default dimensions). Vectors are asked for as base64
    /// (<c>encoding_format</c>), a third of the bytes of JSON numbers and decoded straight into the arrays, unless the
    /// options set another encoding. Wire-named additional properties and the raw request win over both.
    /// </remarks>
    public static EmbeddingRequest Create(IReadOnlyList<string> texts, EmbeddingGenerationOptions? options, string? defaultModelId, int? defaultDimensions, IEmbeddingGenerator generator)
    {
        var typed = new EmbeddingRequest
        {
            Model = RouteModel.Choose(options?.ModelId, defaultModelId),
            Input = EmbeddingInput.FromTexts(texts),
            Dimensions = options?.Dimensions ?? defaultDimensions,
            EncodingFormat = EmbeddingEncodingFormat.Base64,
        };

        var raw = options?.RawRepresentationFactory?.Invoke(generator) as EmbeddingRequest;
        return RouteModel.Build(typed, options?.AdditionalProperties, raw, defaultModelId, OpenRouterJsonContext.Default.EmbeddingRequest, s_shape, static r => r.Model);
    }

    /// <summary>The texts as a list, checked: none may be null.</summary>
    public static IReadOnlyList<string> Texts(IEnumerable<string> values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        var texts = values as IReadOnlyList<string> ?? values.ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                throw new ArgumentException($"The value at index {i} is null: OpenRouter embeds only texts.", nameof(values));
            }
        }

        return texts;
    }
}
