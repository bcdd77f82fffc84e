using System;
using System.IO;

namespace OpenRouter.Validation;

/// <summary>
/// Checks the requests of the other inference routes (embeddings, images, speech, transcriptions, rerank) before anything
/// is sent: a missing model or input is an <see cref="ArgumentException"/> saying what to set, rather than a 400 later.
/// </summary>
internal static class RouteValidation
{
    public static void Validate(EmbeddingRequest request)
    {
        NotNull(request);
        Model(nameof(EmbeddingRequest), request.Model, "an embedding model such as \"openai/text-embedding-3-large\"; there is no default (ListEmbeddingModelsAsync lists them)");
        if (request.Input is not { Count: > 0 } input)
        {
            throw new ArgumentException("EmbeddingRequest.Input is missing or empty: set it to what to embed, e.g. Input = \"some text\" or Input = new[] { \"first\", \"second\" } (one vector each).", nameof(request));
        }

        if (input.Text is { Length: 0 })
        {
            throw new ArgumentException("EmbeddingRequest.Input is an empty string: OpenRouter embeds only non-empty texts.", nameof(request));
        }

        for (var i = 0; i < (input.Texts?.Count ?? 0); i++)
        {
            if (string.IsNullOrEmpty(input.Texts![i]))
            {
                throw new ArgumentException($"EmbeddingRequest.Input text [{i}] is null or empty: OpenRouter embeds only non-empty texts; drop it or give it content.", nameof(request));
            }
        }

        RequestValidation.Range("EmbeddingRequest.Dimensions", request.Dimensions, 1, int.MaxValue);
    }

    public static void Validate(ImageRequest request)
    {
        NotNull(request);
        Model(nameof(ImageRequest), request.Model, "an image model such as \"bytedance-seed/seedream-4.5\" (ListImageModelsAsync lists them)");
        Text("ImageRequest.Prompt", request.Prompt, "the description of the image to generate");
        if (request.Stream == true)
        {
            throw new ArgumentException("ImageRequest.Stream is true, but CreateImagesAsync returns the finished images. Leave Stream unset.", nameof(request));
        }

        RequestValidation.Range("ImageRequest.N", request.N, 1, 10);
        RequestValidation.Range("ImageRequest.OutputCompression", request.OutputCompression, 0, 100);
        if (request.InputReferences is { Count: > 16 } references)
        {
            throw new ArgumentException($"ImageRequest.InputReferences has {references.Count} images; OpenRouter takes at most 16.", nameof(request));
        }
    }

    public static void Validate(SpeechRequest request)
    {
        NotNull(request);
        Model(nameof(SpeechRequest), request.Model, "a text-to-speech model such as \"openai/gpt-4o-mini-tts\"");
        Text("SpeechRequest.Input", request.Input, "the text to speak");
    }

    public static void Validate(TranscriptionRequest request)
    {
        NotNull(request);
        Model(nameof(TranscriptionRequest), request.Model, "a speech-to-text model such as \"openai/whisper-large-v3\"");
        if (request.InputAudio is not { } audio || string.IsNullOrEmpty(audio.Data))
        {
            throw new ArgumentException("TranscriptionRequest.InputAudio is missing or has no data: set it with TranscriptionInputAudio.FromBytes(bytes, \"wav\"), or upload the audio as a file with CreateTranscriptionAsync(stream, fileName, request).", nameof(request));
        }

        Text("TranscriptionRequest.InputAudio.Format", audio.Format, "the audio format, e.g. \"wav\" or \"mp3\"");
    }

    public static void ValidateUpload(Stream audio, string fileName, TranscriptionRequest request)
    {
        if (audio is null)
        {
            throw new ArgumentNullException(nameof(audio));
        }

        if (!audio.CanRead)
        {
            throw new ArgumentException("The audio stream cannot be read (it is closed or write-only): pass a readable stream positioned at the start of the audio.", nameof(audio));
        }

        Text(nameof(fileName), fileName, "the audio file's name with its extension, e.g. \"meeting.wav\" (OpenRouter takes the format from it)", nameof(fileName));
        NotNull(request);
        Model(nameof(TranscriptionRequest), request.Model, "a speech-to-text model such as \"openai/whisper-large-v3\"");
        if (request.InputAudio is not null)
        {
            throw new ArgumentException("TranscriptionRequest.InputAudio is set, but the audio is uploaded as a stream: leave InputAudio unset, or send the base64 audio with CreateTranscriptionAsync(request).", nameof(request));
        }

        if (request.Provider is not null)
        {
            throw new ArgumentException("TranscriptionRequest.Provider is set, but the multipart upload has no provider field: send the audio as base64 JSON (InputAudio with CreateTranscriptionAsync(request)) to pass provider options.", nameof(request));
        }
    }

    public static void Validate(RerankRequest request)
    {
        NotNull(request);
        Model(nameof(RerankRequest), request.Model, "a rerank model such as \"cohere/rerank-v3.5\"");
        Text("RerankRequest.Query", request.Query, "the search query to rank the documents against");
        if (request.Documents is not { Count: > 0 } documents)
        {
            throw new ArgumentException("RerankRequest.Documents is missing or empty: set it to the documents to rank, e.g. Documents = new RerankDocument[] { \"first\", \"second\" }.", nameof(request));
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i] is not { } document || (document.Text is null && document.Image is null))
            {
                throw new ArgumentException($"RerankRequest.Documents[{i}] is null or has neither Text nor Image: every document needs one of them.", nameof(request));
            }
        }

        RequestValidation.Range("RerankRequest.TopN", request.TopN, 1, int.MaxValue);
    }

    private static void NotNull(object request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }
    }

    private static void Model(string type, string? model, string example)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new ArgumentException($"{type}.Model is empty: set it to {example}.", "request");
        }
    }

    private static void Text(string name, string? value, string what, string paramName = "request")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is empty: set it to {what}.", paramName);
        }
    }
}
