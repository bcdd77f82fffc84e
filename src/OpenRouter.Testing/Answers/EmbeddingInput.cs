using System.Collections.Generic;
using System.Linq;

namespace OpenRouter.Testing;

/// <summary>One input of an embeddings request: the features its vector is made of, and its tokens by modality.</summary>
internal sealed class EmbeddingInput
{
    public List<(string Feature, float Weight)> Features { get; } = [];

    /// <summary>Gets the tokens of each modality the input has (<c>text</c>, <c>image</c>, <c>audio</c>, <c>video</c>, <c>file</c>).</summary>
    public SortedDictionary<string, int> TokensByModality { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Gets or sets what stands in for the features when there are none (text of punctuation only).</summary>
    public string Fallback { get; set; } = string.Empty;

    public int Tokens => TokensByModality.Values.Sum();

    public static EmbeddingInput Text(string text)
    {
        var input = new EmbeddingInput { Fallback = text };
        input.AddText(text);
        return input;
    }

    public void AddText(string text)
    {
        Features.AddRange(TextVectors.TextFeatures(text));
        AddTokens("text", System.Math.Max(1, Usage.Tokens(text)));
        Fallback += text;
    }

    public void AddTokens(string modality, int tokens) =>
        TokensByModality[modality] = TokensByModality.GetValueOrDefault(modality) + tokens;
}
