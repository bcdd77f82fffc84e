using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>input</c> of an embedding request in one of the wire's forms: one text, several texts, token ids, or multimodal inputs.</summary>
/// <remarks>
/// Exactly one form is set. A <see cref="string"/> or a <see cref="string"/> array converts implicitly; the factories
/// build the others. Each input gives one vector, in order (<see cref="Count"/> says how many are expected).
/// </remarks>
[JsonConverter(typeof(EmbeddingInputJsonConverter))]
public sealed class EmbeddingInput
{
    private EmbeddingInput(string? text, IReadOnlyList<string>? texts, IReadOnlyList<int>? tokens, IReadOnlyList<IReadOnlyList<int>>? tokenLists, IReadOnlyList<EmbeddingMultimodalInput>? multimodal)
    {
        Text = text;
        Texts = texts;
        Tokens = tokens;
        TokenLists = tokenLists;
        Multimodal = multimodal;
    }

    /// <summary>The single text (written as a JSON string), or null for another form.</summary>
    public string? Text { get; }

    /// <summary>The texts (written as an array of strings), or null for another form.</summary>
    public IReadOnlyList<string>? Texts { get; }

    /// <summary>The token ids of one input (written as an array of numbers), or null for another form.</summary>
    public IReadOnlyList<int>? Tokens { get; }

    /// <summary>The token ids of several inputs (an array of number arrays), or null for another form.</summary>
    public IReadOnlyList<IReadOnlyList<int>>? TokenLists { get; }

    /// <summary>The multimodal inputs (an array of <c>{"content": [...]}</c> objects), or null for another form.</summary>
    public IReadOnlyList<EmbeddingMultimodalInput>? Multimodal { get; }

    /// <summary>The number of vectors this input asks for.</summary>
    public int Count => Text is not null || Tokens is not null ? 1 : Texts?.Count ?? TokenLists?.Count ?? Multimodal?.Count ?? 0;

    /// <summary>Converts one text to an input.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator EmbeddingInput(string text) => FromText(text);

    /// <summary>Converts texts to an input.</summary>
    /// <param name="texts">The texts.</param>
    public static implicit operator EmbeddingInput(string[] texts) => FromTexts(texts);

    /// <summary>One text to embed.</summary>
    /// <param name="text">The text; not null.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, null, null, null);

    /// <summary>Several texts to embed, one vector each (the list is copied).</summary>
    /// <param name="texts">The texts; not null.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromTexts(IEnumerable<string> texts) => new(null, Copy(texts, nameof(texts)), null, null, null);

    /// <summary>The token ids of one input (the list is copied).</summary>
    /// <param name="tokens">The token ids; not null.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromTokens(IEnumerable<int> tokens) => new(null, null, Copy(tokens, nameof(tokens)), null, null);

    /// <summary>The token ids of several inputs, one vector each (the lists are copied).</summary>
    /// <param name="tokenLists">The token id lists; not null.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromTokenLists(IEnumerable<IEnumerable<int>> tokenLists) =>
        new(null, null, null, Copy(tokenLists, nameof(tokenLists)).Select(list => (IReadOnlyList<int>)Copy(list, nameof(tokenLists))).ToArray(), null);

    /// <summary>Multimodal inputs, one vector each (the list is copied).</summary>
    /// <param name="inputs">The inputs; not null.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromMultimodal(IEnumerable<EmbeddingMultimodalInput> inputs) => new(null, null, null, null, Copy(inputs, nameof(inputs)));

    /// <inheritdoc />
    public override string ToString() => Text is not null ? "text" : $"{Count} input(s)";

    private static T[] Copy<T>(IEnumerable<T> items, string name) => (items ?? throw new ArgumentNullException(name)).ToArray();
}
