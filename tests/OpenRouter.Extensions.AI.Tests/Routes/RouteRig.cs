using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>An in-process emulator and a core client on it (an <see cref="EmulatorRig"/>), for the embeddings, images and speech adapters.</summary>
internal sealed class RouteRig()
    : EmulatorRig(OpenRouterEmulator.CreateInProcess(), InProcess, Key, DefaultModel)
{
    public const string Key = "sk-or-v1-routes-sentinel-key";

    public const string EmbeddingModel = "openai/text-embedding-3-large";

    public const string ImageModel = "bytedance-seed/seedream-4.5";

    public const string SpeechModel = "openai/gpt-4o-mini-tts";

    public const string TranscriptionModel = "openai/whisper-large-v3";

    /// <summary>The body of the last request as JSON, checked to be JSON (not a multipart form).</summary>
    public JsonObject LastJson => Emulator.BodyObject(^1);

    /// <summary>Little-endian float32 bytes of <paramref name="values"/> in base64, as OpenRouter sends <c>encoding_format: base64</c> vectors.</summary>
    public static string Base64(params float[] values) => Convert.ToBase64String(MemoryMarshal.AsBytes(values.AsSpan()));
}
