using System.Net.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextGeneration;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>Kernel-builder and service-collection registration, the OpenRouter client beside the services, argument checks.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task The_OpenRouter_client_is_resolvable_by_service_id_and_answers_account_lookups()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var kernel = Support.BuildKernel(b => b
            .AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint)
            .AddOpenRouterTextGeneration("openai/gpt-3.5-turbo-instruct", Support.ApiKey, emulator.Endpoint, serviceId: "text"));

        var client = kernel.Services.GetRequiredService<OpenRouterClient>();
        var textClient = kernel.Services.GetRequiredKeyedService<OpenRouterClient>("text");
        Assert.NotSame(client, textClient);
        Assert.Same(client, ((OpenRouterChatCompletionService)kernel.GetRequiredService<IChatCompletionService>()).Client);
        Assert.Same(textClient, ((OpenRouterTextGenerationService)kernel.GetRequiredService<ITextGenerationService>("text")).Client);

        Assert.NotEmpty(await client.ListModelsAsync());
        Assert.NotNull(await textClient.GetCreditsAsync());
        Assert.NotNull(await client.GetKeyAsync());
    }

    [Fact]
    public async Task Services_expose_model_id_and_endpoint_attributes()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var kernel = Support.BuildKernel(b => b
            .AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint)
            .AddOpenRouterTextGeneration("openai/gpt-3.5-turbo-instruct", Support.ApiKey));

        var chat = kernel.GetRequiredService<IChatCompletionService>();
        Assert.Equal("openai/gpt-4o-mini", chat.GetModelId());
        Assert.Equal(emulator.Endpoint.ToString(), chat.GetEndpoint());
        var text = kernel.GetRequiredService<ITextGenerationService>();
        Assert.Equal("openai/gpt-3.5-turbo-instruct", text.GetModelId());
        Assert.Equal("https://openrouter.ai/api/v1/", text.GetEndpoint());
    }

    [Fact]
    public async Task The_container_IHttpClientFactory_is_used_when_no_HttpClient_is_given()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var handler = new CountingHandler();
        var builder = Kernel.CreateBuilder();
        builder.Services.AddHttpClient("OpenRouter").ConfigurePrimaryHttpMessageHandler(() => handler);
        builder.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint);
        var kernel = builder.Build();

        await kernel.InvokePromptAsync("Hi");

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_given_HttpClient_is_used()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var handler = new CountingHandler();
        using var http = new HttpClient(handler);
        var kernel = Support.BuildKernel(b => b.AddOpenRouterTextGeneration("openai/gpt-3.5-turbo-instruct", Support.ApiKey, emulator.Endpoint, httpClient: http));

        await kernel.InvokePromptAsync("Hi");

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task AddOpenRouterChatClientWithKernelFunctions_registers_a_keyed_IChatClient_that_invokes_kernel_functions()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "Weather_get_weather", "{\"city\":\"Rome\"}")]));
        emulator.Enqueue(EmulatorResponse.Chat("Sunny in Rome."));
        var plugin = new WeatherPlugin();
        var kernel = Support.BuildKernel(b =>
        {
            b.AddOpenRouterChatClientWithKernelFunctions("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint, serviceId: "client");
            b.Plugins.AddFromObject(plugin, "Weather");
        });

        var chatClient = kernel.Services.GetRequiredKeyedService<IChatClient>("client");
        var options = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }.ToChatOptions(kernel);
        var response = await chatClient.GetResponseAsync("Weather in Rome?", options);

        Assert.Equal("Sunny in Rome.", response.Text);
        Assert.Equal(["Rome"], plugin.Cities);
        Assert.NotNull(kernel.Services.GetRequiredKeyedService<OpenRouterClient>("client"));
        Assert.Equal("openai/gpt-4o-mini", chatClient.GetService<ChatClientMetadata>()?.DefaultModelId);
    }

    [Fact]
    public void Service_collection_registration_is_keyed_and_lazy()
    {
        var services = new ServiceCollection();
        services.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, serviceId: "a");
        services.AddOpenRouterTextGeneration("openai/gpt-3.5-turbo-instruct", Support.ApiKey, serviceId: "a");
        using var provider = services.BuildServiceProvider();

        Assert.Null(provider.GetService<IChatCompletionService>());
        Assert.IsType<OpenRouterChatCompletionService>(provider.GetRequiredKeyedService<IChatCompletionService>("a"));
        Assert.IsType<OpenRouterTextGenerationService>(provider.GetRequiredKeyedService<ITextGenerationService>("a"));
        Assert.NotNull(provider.GetRequiredKeyedService<OpenRouterClient>("a"));
    }

    [Theory]
    [InlineData("", "sk-or-v1-x", "modelId")]
    [InlineData("  ", "sk-or-v1-x", "modelId")]
    [InlineData("openai/gpt-4o-mini", "", "apiKey")]
    [InlineData("openai/gpt-4o-mini", " ", "apiKey")]
    public void Empty_model_ids_and_keys_are_rejected_at_registration(string modelId, string apiKey, string parameter)
    {
        var builder = Kernel.CreateBuilder();
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterChatCompletion(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterTextGeneration(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterChatClientWithKernelFunctions(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new OpenRouterChatCompletionService(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new OpenRouterTextGenerationService(modelId, apiKey)).ParamName);
    }

    [Fact]
    public void A_setting_the_client_refuses_fails_at_registration_with_the_client_constructor_message()
    {
        var endpoint = new Uri("http://example.com/api/v1/");
        var expected = Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "k", Endpoint = endpoint })).Message;
        var builder = Kernel.CreateBuilder();

        Assert.Equal(expected, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterChatCompletion("m/x", "k", endpoint)).Message);
        Assert.Equal(expected, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterTextGeneration("m/x", "k", endpoint)).Message);
        Assert.Equal(expected, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterChatClientWithKernelFunctions("m/x", "k", endpoint)).Message);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IKernelBuilder)null!).AddOpenRouterChatCompletion("m/x", "k"));
        Assert.Throws<ArgumentNullException>(() => Kernel.CreateBuilder().AddOpenRouterChatCompletion(null!, "k"));
        Assert.Throws<ArgumentNullException>(() => Kernel.CreateBuilder().AddOpenRouterTextGeneration("m/x", null!));
        Assert.Throws<ArgumentNullException>(() => new OpenRouterChatCompletionService((OpenRouterClient)null!, "m/x"));
        Assert.Throws<ArgumentException>(() => new OpenRouterChatCompletionService("m/x", "k", new Uri("http://example.com/api/v1/")));
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public CountingHandler() : base(new SocketsHttpHandler()) { }

        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
