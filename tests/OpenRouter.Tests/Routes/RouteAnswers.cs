using System.Buffers.Binary;

namespace OpenRouter.Tests.Routes;

/// <summary>Answers of the other inference routes in the shapes of OpenRouter's spec (written here from the spec's schemas).</summary>
internal static class RouteAnswers
{
    public const string Embeddings = """
        {"id":"embd-1","object":"list","model":"openai/text-embedding-3-large",
         "data":[{"object":"embedding","index":0,"embedding":[0.25,-0.5,1e-3]},{"object":"embedding","index":1,"embedding":[1,2,3.5]}],
         "usage":{"prompt_tokens":8,"total_tokens":8,"cost":0.0001,"is_byok":false,
                  "cost_details":{"upstream_inference_cost":null,"upstream_inference_prompt_cost":0.0001,"upstream_inference_completions_cost":0},
                  "prompt_tokens_details":{"text_tokens":5,"image_tokens":258,"audio_tokens":1,"video_tokens":2,"file_tokens":3}}}
        """;

    public const string Images = """
        {"created":1748372400,"data":[{"b64_json":"iVBORw0KGgo=","media_type":"image/png"},{"b64_json":"PHN2Zy8+"}],
         "usage":{"prompt_tokens":0,"completion_tokens":4175,"total_tokens":4175,"cost":0.04,"is_byok":false,
                  "completion_tokens_details":{"image_tokens":4175}}}
        """;

    public const string Transcription = """
        {"text":"Hello there. General Kenobi.","task":"transcribe","language":"english","duration":3.2,
         "segments":[{"id":0,"seek":0,"start":0,"end":1.5,"text":"Hello there.","tokens":[50364,2425],"temperature":0,
                      "avg_logprob":-0.28,"compression_ratio":1.13,"no_speech_prob":0.01,"speaker":1}],
         "words":[{"word":"Hello","start":0,"end":0.4,"speaker":1}],
         "usage":{"cost":0.000508,"input_tokens":83,"output_tokens":30,"total_tokens":113,"seconds":3.2}}
        """;

    public const string Rerank = """
        {"id":"gen-rerank-1","model":"cohere/rerank-v3.5","provider":"Cohere",
         "results":[{"index":1,"relevance_score":0.98,"document":{"text":"Paris is the capital of France."}},
                    {"index":0,"relevance_score":0.12,"document":{"text":"Berlin.","image":"https://example.org/b.png"}}],
         "usage":{"search_units":1,"total_tokens":150,"cost":0.001}}
        """;

    public const string Providers = """
        {"data":[{"name":"OpenAI","slug":"openai","headquarters":"US","datacenters":["US","IE"],
                  "privacy_policy_url":"https://openai.com/privacy","terms_of_service_url":"https://openai.com/terms","status_page_url":"https://status.openai.com"},
                 {"name":"Tiny","slug":"tiny","headquarters":null,"datacenters":null,"privacy_policy_url":null}]}
        """;

    public const string ImageModels = """
        {"data":[{"id":"bytedance-seed/seedream-4.5","name":"Seedream 4.5","description":"A text-to-image model.","created":1692901234,
                  "architecture":{"input_modalities":["text","image"],"output_modalities":["image"]},
                  "supported_parameters":{"resolution":{"type":"enum","values":["1K","2K","4K"]},"output_compression":{"type":"range","min":0,"max":100},"seed":{"type":"boolean"}},
                  "supports_streaming":false,"endpoints":"/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints"}]}
        """;

    public const string ZdrEndpoints = """
        {"data":[{"name":"OpenAI: GPT-4","model_id":"openai/gpt-4","model_name":"GPT-4","context_length":8192,
                  "pricing":{"prompt":"0.00003","completion":"0.00006"},"provider_name":"OpenAI","tag":"openai","quantization":"fp16",
                  "max_completion_tokens":4096,"max_prompt_tokens":8192,"supported_parameters":["temperature"],"status":0,
                  "uptime_last_30m":99.5,"uptime_last_5m":100,"uptime_last_1d":99.8,"supports_implicit_caching":true,"supports_voice_cloning":true,
                  "latency_last_30m":{"p50":0.25,"p75":0.35,"p90":0.48,"p99":0.85},"throughput_last_30m":{"p50":45.2,"p75":38.5,"p90":28.3,"p99":15.1}}]}
        """;

    public const string EmbeddingModels = """
        {"data":[{"id":"openai/text-embedding-3-large","name":"Text Embedding 3 Large","created":1692901234,"context_length":8192,
                  "architecture":{"modality":"text->text","input_modalities":["text"],"output_modalities":["embeddings"],"tokenizer":"GPT"},
                  "pricing":{"prompt":"0.00000013","completion":"0"}}]}
        """;

    /// <summary>The base64 of <paramref name="values"/> as little-endian float32, as OpenRouter sends <c>encoding_format: base64</c>.</summary>
    public static string Base64(params float[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    /// <summary>An embedding answer with one item per vector, each as base64.</summary>
    public static string Base64Embeddings(params float[][] vectors) =>
        "{\"object\":\"list\",\"model\":\"m\",\"data\":["
        + string.Join(",", vectors.Select((v, i) => $"{{\"object\":\"embedding\",\"index\":{i},\"embedding\":\"{Base64(v)}\"}}"))
        + "],\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}";
}
