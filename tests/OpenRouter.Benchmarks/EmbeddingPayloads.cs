using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;

namespace OpenRouter.Benchmarks;

/// <summary>
/// The embedding answers the in-memory handler serves: 256 vectors of 3,072 floats (fixed seed), once as JSON number
/// arrays (<c>encoding_format: float</c>) and once as base64 of little-endian float32 (<c>base64</c>), in the shape
/// OpenAI and OpenRouter send: <c>object</c>, <c>data[{object, embedding, index}]</c>, <c>model</c>, <c>id</c>,
/// <c>usage{prompt_tokens, total_tokens, cost}</c>. Built once per process, on first use.
/// </summary>
public sealed class EmbeddingPayloads
{
    /// <summary>Inputs per request, and so vectors per answer.</summary>
    public const int Inputs = 256;

    /// <summary>Floats per vector (text-embedding-3-large's full length).</summary>
    public const int Dimensions = 3072;

    public const string Model = "openai/text-embedding-3-large";

    private const int Seed = 20_261_204;
    private const string GenerationId = "gen-emb-1764825600-AbCdEfGhIjKlMnOpQrSt";

    private static readonly Lazy<EmbeddingPayloads> s_instance = new(() => new EmbeddingPayloads());

    private static readonly string[] s_topics =
    [
        "charging the battery", "pairing with a phone", "cleaning the filter", "resetting the network settings",
        "updating the firmware", "replacing the brush roll", "scheduling a cleaning run", "mapping the rooms",
    ];

    private EmbeddingPayloads()
    {
        Texts = Enumerable.Range(0, Inputs)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"Manual section {i}: how {s_topics[i % s_topics.Length]} works on model R{i % 7}, step {i % 13}."))
            .ToArray();
        Vectors = BuildVectors();
        PromptTokens = Texts.Sum(t => t.Split(' ').Length + 4);
        FloatAnswer = BuildAnswer(base64: false);
        Base64Answer = BuildAnswer(base64: true);
    }

    /// <summary>The shared instance (built on first use; only the embedding group and the payload line touch it).</summary>
    public static EmbeddingPayloads Instance => s_instance.Value;

    /// <summary>The texts every row embeds (the answer does not depend on them: it is pre-built).</summary>
    public string[] Texts { get; }

    /// <summary>The vectors both answers hold; every row must return exactly these values.</summary>
    public float[][] Vectors { get; }

    /// <summary>The <c>usage.prompt_tokens</c> of both answers.</summary>
    public int PromptTokens { get; }

    /// <summary>The answer to <c>encoding_format: float</c> (and to a request without it).</summary>
    public byte[] FloatAnswer { get; }

    /// <summary>The answer to <c>encoding_format: base64</c>.</summary>
    public byte[] Base64Answer { get; }

    /// <summary>The values of a real model's unit vectors: roughly normal around 0 with a standard deviation of 1/√3,072 (about 0.018), normalised to length 1.</summary>
    private static float[][] BuildVectors()
    {
        var random = new Random(Seed);
        var sigma = 1 / Math.Sqrt(Dimensions);
        var vectors = new float[Inputs][];
        for (var v = 0; v < Inputs; v++)
        {
            var raw = new double[Dimensions];
            for (var i = 0; i < Dimensions; i++)
            {
                // Box-Muller.
                var u1 = 1.0 - random.NextDouble();
                var u2 = random.NextDouble();
                raw[i] = sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            }

            var norm = Math.Sqrt(raw.Sum(x => x * x));
            vectors[v] = raw.Select(x => (float)(x / norm)).ToArray();
        }

        return vectors;
    }

    /// <summary>Writes the answer; floats in their shortest round-trip form (as the OpenAI API writes them, e.g. <c>-0.009327292</c>).</summary>
    private byte[] BuildAnswer(bool base64)
    {
        using var buffer = new MemoryStream(base64 ? 4_300_000 : 10_000_000);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", GenerationId);
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            var bytes = new byte[Dimensions * sizeof(float)];
            for (var v = 0; v < Inputs; v++)
            {
                w.WriteStartObject();
                w.WriteString("object", "embedding");
                if (base64)
                {
                    for (var i = 0; i < Dimensions; i++)
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), Vectors[v][i]);
                    }

                    w.WriteBase64String("embedding", bytes);
                }
                else
                {
                    w.WriteStartArray("embedding");
                    foreach (var value in Vectors[v])
                    {
                        w.WriteNumberValue(value);
                    }

                    w.WriteEndArray();
                }

                w.WriteNumber("index", v);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("model", Model);
            w.WriteStartObject("usage");
            w.WriteNumber("prompt_tokens", PromptTokens);
            w.WriteNumber("total_tokens", PromptTokens);
            w.WriteNumber("cost", 0.00054327m);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
