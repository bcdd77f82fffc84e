#pragma warning disable MEAI001 // IImageGenerator and HostedImageGenerationTool are experimental in Microsoft.Extensions.AI 10.11.
#pragma warning disable OPENAI001 // OpenAI's image client options are experimental.

using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// The README's claims about the other routes, checked: M.E.AI's <c>UseImageGeneration</c> turns the image tool into
/// functions over our <see cref="IImageGenerator"/>; the plain OpenAI client gets OpenRouter's embeddings without their
/// cost, and cannot reach OpenRouter's image route.
/// </summary>
public sealed class RouteCrossCheckTests
{
    [Fact]
    public async Task UseImageGeneration_sends_functions_instead_of_image_output()
    {
        await using var rig = new RouteRig();
        using var chat = rig.Client.AsIChatClient("openai/gpt-4o-mini").AsBuilder()
            .UseImageGeneration(rig.Client.AsIImageGenerator(RouteRig.ImageModel))
            .Build();

        await chat.GetResponseAsync("Draw me a cat.", new ChatOptions { Tools = [new HostedImageGenerationTool()] });

        var body = rig.RequestBody(^1);
        Assert.Null(body["modalities"]);
        Assert.NotEmpty(body["tools"]!.AsArray());
        Assert.All(body["tools"]!.AsArray(), t => Assert.Equal("function", t!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_OpenAI_client_gets_the_same_vectors_without_the_cost()
    {
        await using var rig = await Consumers.EmulatorHarness.StartAsync();
        var options = new OpenAIClientOptions { Endpoint = rig.Emulator.Endpoint };
        using var theirs = new OpenAI.Embeddings.EmbeddingClient(RouteRig.EmbeddingModel, new ApiKeyCredential(rig.ApiKey), options).AsIEmbeddingGenerator();
        using var ours = rig.Client.AsIEmbeddingGenerator(RouteRig.EmbeddingModel);

        var theirVectors = await theirs.GenerateAsync(["The same text."]);
        var ourVectors = await ours.GenerateAsync(["The same text."]);

        Assert.Equal(theirVectors[0].Vector.ToArray(), ourVectors[0].Vector.ToArray());
        Assert.Equal(theirVectors.Usage?.InputTokenCount, ourVectors.Usage?.InputTokenCount);
        Assert.Null(theirVectors.Usage.GetOpenRouterCost());
        Assert.True(ourVectors.Usage.GetOpenRouterCost() > 0);
    }

    [Fact]
    public async Task The_OpenAI_image_client_posts_to_a_path_OpenRouter_does_not_serve()
    {
        await using var rig = await Consumers.EmulatorHarness.StartAsync();
        var client = new OpenAI.Images.ImageClient(RouteRig.ImageModel, new ApiKeyCredential(rig.ApiKey), new OpenAIClientOptions { Endpoint = rig.Emulator.Endpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

        await Assert.ThrowsAnyAsync<ClientResultException>(() => client.GenerateImageAsync("A cat."));

        Assert.Equal("images/generations", rig.Emulator.Requests[^1].Path);
    }
}
