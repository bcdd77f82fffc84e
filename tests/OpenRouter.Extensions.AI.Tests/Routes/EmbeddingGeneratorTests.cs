using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// <c>AsIEmbeddingGenerator</c> against the emulator: every <see cref="EmbeddingGenerationOptions"/> field and
/// OpenRouter-only settings on the wire (the request body compared whole), vectors, usage, cost, metadata and errors.
/// </summary>
public sealed class EmbeddingGeneratorTests
{
    [Fact]
    public async Task Typed_options_reach_the_wire_and_vectors_travel_as_base64()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator("openai/text-embedding-ada-002");

        var result = await generator.GenerateAsync(["The cat sat on the mat.", "A dog ran in the park."], new EmbeddingGenerationOptions { ModelId = RouteRig.EmbeddingModel, Dimensions = 256 });

        JsonAssert.DeepEqual(
            """{"model":"openai/text-embedding-3-large","input":["The cat sat on the mat.","A dog ran in the park."],"dimensions":256,"encoding_format":"base64"}""",
            rig.LastJson);
        Assert.Equal(2, result.Count);
        Assert.All(result, e => Assert.Equal(256, e.Vector.Length));
        Assert.All(result, e => Assert.Equal(RouteRig.EmbeddingModel, e.ModelId));
        Assert.NotEqual(result[0].Vector.ToArray(), result[1].Vector.ToArray());
    }

    [Fact]
    public async Task The_default_model_and_dimensions_apply_when_the_options_set_none_and_encoding_format_can_be_overridden()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel, defaultDimensions: 64);

        var base64 = await generator.GenerateAsync(["same text"]);
        JsonAssert.DeepEqual("""{"model":"openai/text-embedding-3-large","input":["same text"],"dimensions":64,"encoding_format":"base64"}""", rig.LastJson);

        var floats = await generator.GenerateAsync(["same text"], new EmbeddingGenerationOptions { AdditionalProperties = new() { ["encoding_format"] = "float" } });
        JsonAssert.DeepEqual("""{"model":"openai/text-embedding-3-large","input":["same text"],"dimensions":64,"encoding_format":"float"}""", rig.LastJson);

        // Both encodings give the same floats.
        Assert.Equal(floats[0].Vector.ToArray(), base64[0].Vector.ToArray());
    }

    [Fact]
    public async Task OpenRouter_settings_in_additional_properties_go_on_the_wire_by_wire_name_in_any_form()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);
        var options = new EmbeddingGenerationOptions
        {
            AdditionalProperties = new()
            {
                ["provider"] = new ProviderPreferences { Order = ["OpenAI"], AllowFallbacks = false },   // a typed core object
                ["input_type"] = JsonDocument.Parse("\"search_query\"").RootElement,                    // a JsonElement
                ["USER"] = "user-42",                                                                   // a primitive, any case
                ["dimensions"] = 32L,                                                                   // wins over the typed field
                ["extra_body"] = new Dictionary<string, object?> { ["transforms"] = new[] { "middle-out" } },
                ["my_app_setting"] = "not an OpenRouter field",                                         // left alone
            },
            Dimensions = 512,
        };

        await generator.GenerateAsync(["hello"], options);

        JsonAssert.DeepEqual(
            """
            {"model":"openai/text-embedding-3-large","input":["hello"],"dimensions":32,"encoding_format":"base64",
             "provider":{"order":["OpenAI"],"allow_fallbacks":false},"input_type":"search_query","user":"user-42","transforms":["middle-out"]}
            """,
            rig.LastJson);
        Assert.Equal(6, options.AdditionalProperties.Count);   // the caller's options are not changed
    }

    [Fact]
    public async Task A_raw_request_from_the_factory_wins_field_by_field()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);
        var options = new EmbeddingGenerationOptions
        {
            Dimensions = 128,
            AdditionalProperties = new() { ["input_type"] = "search_document" },
            RawRepresentationFactory = g =>
            {
                Assert.NotNull(g.GetService<OpenRouterClient>());
                return new EmbeddingRequest { Dimensions = 16, InputType = "search_query" };
            },
        };

        await generator.GenerateAsync(["hello"], options);

        JsonAssert.DeepEqual(
            """{"model":"openai/text-embedding-3-large","input":["hello"],"dimensions":16,"encoding_format":"base64","input_type":"search_query"}""",
            rig.LastJson);
    }

    [Fact]
    public async Task Inputs_cannot_come_from_the_options_and_nothing_is_sent()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);

        var fromProperties = await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(["a"], new EmbeddingGenerationOptions { AdditionalProperties = new() { ["input"] = "b" } }));
        var fromRaw = await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(["a"], new EmbeddingGenerationOptions { RawRepresentationFactory = _ => new EmbeddingRequest { Input = "b" } }));
        var badValue = await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(["a"], new EmbeddingGenerationOptions { AdditionalProperties = new() { ["dimensions"] = "many" } }));

        Assert.Contains("EmbeddingGenerationOptions.AdditionalProperties[\"input\"]", fromProperties.Message, StringComparison.Ordinal);
        Assert.Contains("RawRepresentationFactory", fromRaw.Message, StringComparison.Ordinal);
        Assert.Contains("\"dimensions\"", badValue.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Emulator.Requests);
    }

    [Fact]
    public async Task A_missing_model_says_where_to_set_one_and_nothing_is_sent()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateAsync(["a"]));

        Assert.Contains("EmbeddingGenerationOptions.ModelId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AsIEmbeddingGenerator(defaultModelId)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("OpenRouter:DefaultEmbeddingModel", ex.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Emulator.Requests);
        Assert.Throws<ArgumentNullException>(() => ((OpenRouterClient)null!).AsIEmbeddingGenerator());
        Assert.Throws<ArgumentOutOfRangeException>(() => rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel, 0));
    }

    [Fact]
    public async Task Usage_cost_and_generation_facts_come_back_in_the_chat_clients_shapes()
    {
        await using var rig = new RouteRig();
        rig.Emulator.Enqueue("embeddings", EmulatorResponse.Json(200, $$$"""
            {"id":"gen-emb-1","object":"list","model":"openai/text-embedding-3-large","provider":"OpenAI",
             "data":[{"object":"embedding","index":1,"embedding":"{{{RouteRig.Base64(3f, 4f)}}}"},{"object":"embedding","index":0,"embedding":"{{{RouteRig.Base64(1f, 2f)}}}"}],
             "usage":{"prompt_tokens":9,"total_tokens":9,"cost":0.00000117}}
            """));
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);

        var result = await generator.GenerateAsync(["first", "second"]);

        Assert.Equal([1f, 2f], result[0].Vector.ToArray());   // placed by index, not by arrival
        Assert.Equal([3f, 4f], result[1].Vector.ToArray());
        Assert.Equal(9, result.Usage!.InputTokenCount);
        Assert.Equal(9, result.Usage.TotalTokenCount);
        Assert.Null(result.Usage.OutputTokenCount);
        Assert.Equal(0.00000117m, result.Usage.GetOpenRouterCost());
        Assert.Equal(1_170_000L, result.Usage.AdditionalCounts![OpenRouterPropertyNames.CostPicoUsd]);
        Assert.Equal("gen-emb-1", result.AdditionalProperties![OpenRouterPropertyNames.GenerationId]);
        Assert.Equal("OpenAI", result.AdditionalProperties[OpenRouterPropertyNames.Provider]);
        Assert.Equal(0.00000117m, result.AdditionalProperties[OpenRouterPropertyNames.Cost]);

        // Usage of several calls adds up, cost included.
        var total = new UsageDetails();
        total.Add(result.Usage);
        total.Add(result.Usage);
        Assert.Equal(0.00000234m, total.GetOpenRouterCost());
    }

    [Fact]
    public async Task The_emulators_billed_cost_is_the_usage_cost()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);

        var result = await generator.GenerateAsync(["What is the capital of France?"]);

        var generation = await rig.Client.GetGenerationAsync((string)result.AdditionalProperties![OpenRouterPropertyNames.GenerationId]!);
        Assert.True(result.Usage!.InputTokenCount > 0);
        Assert.Equal(generation.TotalCost, result.Usage.GetOpenRouterCost());
    }

    [Fact]
    public async Task An_answer_without_one_vector_per_input_is_an_OpenRouterException()
    {
        await using var rig = new RouteRig();
        rig.Emulator.Enqueue("embeddings", EmulatorResponse.Json(200, "{\"id\":\"gen-2\",\"data\":[{\"index\":0,\"embedding\":\"" + RouteRig.Base64(1f) + "\"}]}"));
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => generator.GenerateAsync(["first", "second"]));

        Assert.Contains("no vector for input 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenRouter_errors_arrive_as_the_core_exceptions()
    {
        await using var rig = new RouteRig();
        rig.Emulator.Enqueue("embeddings", EmulatorResponse.Error(402, "Insufficient credits"));
        rig.Emulator.Enqueue("embeddings", EmulatorResponse.ErrorWithStatus200(502, "Provider returned error"));
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);

        var paid = await Assert.ThrowsAnyAsync<OpenRouterException>(() => generator.GenerateAsync(["a"]));
        var provider = await Assert.ThrowsAnyAsync<OpenRouterException>(() => generator.GenerateAsync(["a"]));
        var badModel = await Assert.ThrowsAnyAsync<OpenRouterException>(() => generator.GenerateAsync(["a"], new EmbeddingGenerationOptions { ModelId = "openai/gpt-4o-mini" }));

        Assert.Equal(402, paid.StatusCode);
        Assert.Equal(502, provider.StatusCode);
        Assert.Equal(400, badModel.StatusCode);
    }

    [Fact]
    public async Task Metadata_and_services_name_openrouter_the_endpoint_and_the_client()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel, 1024);

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>()!;

        Assert.Equal("openrouter", metadata.ProviderName);
        Assert.Equal(rig.Client.Endpoint, metadata.ProviderUri);
        Assert.Equal(RouteRig.EmbeddingModel, metadata.DefaultModelId);
        Assert.Equal(1024, metadata.DefaultModelDimensions);
        Assert.Same(rig.Client, generator.GetService<OpenRouterClient>());
        Assert.Same(generator, generator.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Null(generator.GetService<OpenRouterClient>("some key"));
        Assert.Null(rig.Client.AsIEmbeddingGenerator().GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
        Assert.DoesNotContain(RouteRig.Key, generator.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_values_send_nothing_and_one_value_works_through_the_single_vector_helper()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);

        var none = await generator.GenerateAsync([]);
        Assert.Empty(none);
        Assert.Empty(rig.Emulator.Requests);

        var vector = await generator.GenerateVectorAsync("one text");
        Assert.Equal(3072, vector.Length);
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(["a", null!]));
    }

    [Fact]
    public async Task Disposing_the_generator_leaves_the_client_usable()
    {
        await using var rig = new RouteRig();
        rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel).Dispose();

        var result = await rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel).GenerateAsync(["still works"]);

        Assert.Single(result);
    }
}
