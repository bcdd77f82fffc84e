using System.Net.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenRouter.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Registration;

public sealed class OpenRouterServiceCollectionExtensionsTests
{
    private const string Key = "sk-or-v1-registration-test-0123456789abcdef";

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    private static ServiceCollection Services(IConfiguration? configuration)
    {
        var services = new ServiceCollection();
        if (configuration is not null)
        {
            services.AddSingleton(configuration);
        }

        return services;
    }

    private static Task<OpenRouterEmulator> StartEmulatorAsync() =>
        OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = Key });

    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private static OptionsValidationException StartupFailure(ServiceProvider provider) =>
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

    [Fact]
    public async Task ChatClient_from_configuration_reaches_the_emulator_with_the_key_and_default_model()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "anthropic/claude-sonnet-4"),
            ("OpenRouter:AppUrl", "https://example.org/app"),
            ("OpenRouter:AppTitle", "Registration Tests"),
            ("OpenRouter:MaxRetries", "0")));
        services.AddOpenRouterChatClient();
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("Hello there");

        Assert.Contains("Hello there", response.Text, StringComparison.Ordinal);
        var request = Assert.Single(emulator.Requests);
        Assert.Equal("chat/completions", request.Path);
        Assert.Equal("Bearer " + Key, request.Headers["Authorization"]);
        Assert.Equal("anthropic/claude-sonnet-4", request.Json!.Value.GetProperty("model").GetString());
        Assert.Equal("https://example.org/app", request.Headers["HTTP-Referer"]);
        Assert.Equal("Registration Tests", request.Headers["X-OpenRouter-Title"]);
    }

    [Fact]
    public async Task Middleware_chains_on_the_returned_builder_and_metadata_flows_through_the_pipeline()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini")));
        var calls = 0;
        services.AddLogging();
        services.AddOpenRouterChatClient()
            .UseLogging() // ILoggerFactory comes from the resolving provider
            .Use(async (messages, options, next, cancellationToken) =>
            {
                Interlocked.Increment(ref calls);
                await next(messages, options, cancellationToken);
            })
            .UseFunctionInvocation();
        await using var provider = Build(services);

        var chat = provider.GetRequiredService<IChatClient>();
        await chat.GetResponseAsync("ping");

        Assert.Equal(1, calls);
        Assert.IsType<LoggingChatClient>(chat);
        Assert.NotNull(chat.GetService<FunctionInvokingChatClient>());
        var metadata = chat.GetService<ChatClientMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("openrouter", metadata.ProviderName);
        Assert.Equal(emulator.Endpoint, metadata.ProviderUri);
        Assert.Equal("openai/gpt-4o-mini", metadata.DefaultModelId);
        Assert.Same(provider.GetRequiredService<OpenRouterClient>(), chat.GetService<OpenRouterClient>());
    }

    [Fact]
    public async Task Requests_go_through_the_named_HttpClient_of_IHttpClientFactory()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini")));
        services.AddOpenRouterChatClient();
        services.AddHttpClient(OpenRouterServiceCollectionExtensions.HttpClientName)
            .AddHttpMessageHandler(() => new StampingHandler("X-Test-Stamp", "from-the-factory"));
        await using var provider = Build(services);

        await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        var request = Assert.Single(emulator.Requests);
        Assert.Equal("from-the-factory", request.Headers["X-Test-Stamp"]);
        var named = provider.GetRequiredService<IHttpClientFactory>().CreateClient(OpenRouterServiceCollectionExtensions.HttpClientName);
        Assert.Equal(Timeout.InfiniteTimeSpan, named.Timeout);
    }

    [Fact]
    public void Missing_key_fails_at_start_naming_the_configuration_key()
    {
        var services = Services(Config(("OpenRouter:DefaultModel", "openai/gpt-4o-mini")));
        services.AddOpenRouterChatClient();
        using var provider = Build(services);

        var failure = StartupFailure(provider);

        var message = Assert.Single(failure.Failures);
        Assert.Contains("'OpenRouter:ApiKey'", message, StringComparison.Ordinal);
        Assert.Contains("OpenRouter__ApiKey", message, StringComparison.Ordinal);
        Assert.Contains("OPENROUTER_API_KEY", message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IChatClient>());
    }

    [Fact]
    public void Missing_default_model_fails_the_chat_client_but_not_the_bare_client()
    {
        var configuration = Config(("OpenRouter:ApiKey", Key));

        var chatServices = Services(configuration);
        chatServices.AddOpenRouterChatClient();
        using var chatProvider = Build(chatServices);
        var failure = StartupFailure(chatProvider);
        var message = Assert.Single(failure.Failures);
        Assert.Contains("'OpenRouter:DefaultModel'", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, failure.Message, StringComparison.Ordinal);

        var clientServices = Services(configuration);
        clientServices.AddOpenRouterClient();
        using var clientProvider = Build(clientServices);
        clientProvider.GetRequiredService<IStartupValidator>().Validate();
        Assert.NotNull(clientProvider.GetRequiredService<OpenRouterClient>());
    }

    [Theory]
    [InlineData("Endpoint", "not a url")]
    [InlineData("Endpoint", "ftp://example.org/api/v1/")]
    [InlineData("Endpoint", "http://example.org/api/v1/")]
    [InlineData("ApiKey", "sk-or-v1-has a space")]
    [InlineData("MaxRetries", "-1")]
    [InlineData("MaxStreamEventBytes", "10")]
    [InlineData("MaxResponseBytes", "0")]
    [InlineData("StreamIdleTimeout", "00:00:00")]
    public void A_bad_setting_fails_at_start_with_the_constructor_message_and_never_the_key(string setting, string value)
    {
        var configuration = Config(setting == "ApiKey" ? [] : [("OpenRouter:ApiKey", Key)]);
        configuration["OpenRouter:" + setting] = value;
        var direct = new OpenRouterClientOptions();
        configuration.GetSection("OpenRouter").Bind(direct);
        var constructorMessage = Assert.ThrowsAny<ArgumentException>(() => new OpenRouterClient(direct)).Message;
        var services = Services(configuration);
        services.AddOpenRouterClient();
        using var provider = Build(services);

        var failure = StartupFailure(provider);

        Assert.Equal(2, failure.Failures.Count());
        Assert.Equal(constructorMessage, failure.Failures.First());
        Assert.Contains("'OpenRouter:X'", failure.Failures.Last(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(direct.ApiKey!, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_setting_is_reported_at_once_in_the_constructor_order()
    {
        var services = Services(Config(("OpenRouter:ApiKey", "sk-or-v1-has a space"), ("OpenRouter:MaxRetries", "-1")));
        services.AddKeyedOpenRouterClient("team");
        using var provider = Build(services);

        var failure = StartupFailure(provider);

        Assert.Equal(3, failure.Failures.Count());
        Assert.Contains("MaxRetries", failure.Failures.ElementAt(0), StringComparison.Ordinal);
        Assert.Contains("whitespace or control characters", failure.Failures.ElementAt(1), StringComparison.Ordinal);
        Assert.Contains("'OpenRouter:team:X' (or 'OpenRouter:X'", failure.Failures.ElementAt(2), StringComparison.Ordinal);
        Assert.Contains("registration 'team'", failure.Failures.ElementAt(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_client_setting_binds_from_its_configuration_key()
    {
        var settings = typeof(OpenRouterClientOptions).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.CanWrite && !NotFromConfiguration.Contains(p.Name))
            .ToList();
        var defaults = new OpenRouterClientOptions();
        var values = settings.Select(p => (Setting: p, Text: ConfigurationText(p, p.GetValue(defaults)))).ToList();
        var services = Services(Config([.. values.Select(v => ("OpenRouter:" + v.Setting.Name, (string?)v.Text))]));
        services.AddOpenRouterClient();
        using var provider = Build(services);

        var client = provider.GetRequiredService<IOptions<OpenRouterServiceOptions>>().Value.Client;

        Assert.NotEmpty(settings);
        Assert.All(values, v => Assert.True(
            Equals(Parse(v.Setting.PropertyType, v.Text), v.Setting.GetValue(client)),
            $"OpenRouterClientOptions.{v.Setting.Name} did not bind from OpenRouter:{v.Setting.Name}"));
    }

    [Fact]
    public void The_time_provider_comes_from_the_container()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = Services(Config(("OpenRouter:ApiKey", Key)));
        services.AddSingleton<TimeProvider>(time);
        services.AddOpenRouterClient();
        using var provider = Build(services);

        Assert.Same(time, provider.GetRequiredService<IOptions<OpenRouterServiceOptions>>().Value.Client.TimeProvider);
    }

    /// <summary>Client settings configuration cannot hold, each with where it comes from instead.</summary>
    private static readonly HashSet<string> NotFromConfiguration = [nameof(OpenRouterClientOptions.TimeProvider) /* the container's TimeProvider */];

    /// <summary>A valid value other than the default, as configuration text; a setting of a new kind fails here, naming it.</summary>
    private static string ConfigurationText(System.Reflection.PropertyInfo setting, object? defaultValue) => defaultValue switch
    {
        bool b => (!b).ToString(),
        int i => (i + 1001).ToString(System.Globalization.CultureInfo.InvariantCulture),
        long l => (l + 1001).ToString(System.Globalization.CultureInfo.InvariantCulture),
        TimeSpan t => (t + TimeSpan.FromMinutes(1)).ToString(),
        Uri => $"https://example.test/{setting.Name}/",
        _ when setting.PropertyType == typeof(string) => setting.Name + "-from-configuration",
        _ => throw new InvalidOperationException(
            $"OpenRouterClientOptions.{setting.Name} is a {setting.PropertyType.Name}: teach this test a configuration value for it, or add it to NotFromConfiguration saying where it comes from."),
    };

    private static object Parse(Type type, string text) =>
        type == typeof(string) ? text : System.ComponentModel.TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text)!;

    [Fact]
    public async Task Size_bounds_from_configuration_reach_the_client()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini"),
            ("OpenRouter:MaxStreamEventBytes", "4096"),
            ("OpenRouter:MaxResponseBytes", "2048")));
        services.AddOpenRouterChatClient();
        await using var provider = Build(services);
        var chat = provider.GetRequiredService<IChatClient>();
        emulator.Enqueue(EmulatorResponse.OversizedEvent(64 * 1024, afterEvents: 1));
        emulator.Enqueue(EmulatorResponse.Chat(new string('x', 8 * 1024)));

        var streamed = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Hello"))
            {
                _ = update;
            }
        });
        var whole = await Assert.ThrowsAsync<InvalidDataException>(() => chat.GetResponseAsync("Hello"));

        Assert.Contains("MaxStreamEventBytes", streamed.Message, StringComparison.Ordinal);
        Assert.Contains("MaxResponseBytes", whole.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_never_prints_the_key()
    {
        var services = Services(Config(("OpenRouter:ApiKey", Key), ("OpenRouter:DefaultModel", "openai/gpt-4o-mini")));
        services.AddOpenRouterChatClient();
        using var provider = Build(services);

        var options = provider.GetRequiredService<IOptions<OpenRouterServiceOptions>>().Value;
        var text = options.ToString();

        Assert.Equal(Key, options.Client.ApiKey);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = (set)", text, StringComparison.Ordinal);
        Assert.Contains("openai/gpt-4o-mini", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, provider.GetRequiredService<OpenRouterClient>().ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, new OpenRouterServiceOptions().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_delegate_runs_after_configuration_binding()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", "sk-or-v1-wrong-key-from-configuration"),
            ("OpenRouter:Endpoint", "https://openrouter.ai/api/v1/"),
            ("OpenRouter:DefaultModel", "from/configuration"),
            ("OpenRouter:AppTitle", "Kept From Configuration")));
        services.AddOpenRouterChatClient(o =>
        {
            o.Client.ApiKey = Key;
            o.Client.Endpoint = emulator.Endpoint;
            o.DefaultModel = "from/delegate";
        });
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        var request = Assert.Single(emulator.Requests);
        Assert.Equal("Bearer " + Key, request.Headers["Authorization"]);
        Assert.Equal("from/delegate", request.Json!.Value.GetProperty("model").GetString());
        Assert.Equal("Kept From Configuration", request.Headers["X-OpenRouter-Title"]);
    }

    [Fact]
    public async Task Works_from_the_delegate_alone_without_any_IConfiguration()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = new ServiceCollection();
        services.AddOpenRouterChatClient(o =>
        {
            o.Client.ApiKey = Key;
            o.Client.Endpoint = emulator.Endpoint;
            o.DefaultModel = "openai/gpt-4o-mini";
        });
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        Assert.Equal("openai/gpt-4o-mini", Assert.Single(emulator.Requests).Json!.Value.GetProperty("model").GetString());
    }

    [Fact]
    public async Task OPENROUTER_API_KEY_in_configuration_is_used_when_the_section_has_no_key()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OPENROUTER_API_KEY", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini")));
        services.AddOpenRouterChatClient();
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        Assert.Equal("Bearer " + Key, Assert.Single(emulator.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task Keyed_bare_clients_read_their_own_section_over_the_shared_one()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:AppTitle", "Shared Title"),
            ("OpenRouter:billing:AppTitle", "Billing Title")));
        services.AddKeyedOpenRouterClient("billing");
        services.AddKeyedOpenRouterClient("reports");
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var billing = provider.GetRequiredKeyedService<OpenRouterClient>("billing");
        var reports = provider.GetRequiredKeyedService<OpenRouterClient>("reports");
        await billing.GetCreditsAsync();
        await reports.GetCreditsAsync();

        Assert.NotSame(billing, reports);
        Assert.Null(provider.GetService<OpenRouterClient>());
        Assert.Equal(["Billing Title", "Shared Title"], emulator.Requests.Select(r => r.Headers["X-OpenRouter-Title"]));
    }

    [Fact]
    public async Task Keyed_chat_clients_coexist_with_their_own_models_over_shared_settings()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:AppTitle", "Shared Title"),
            ("OpenRouter:fast:DefaultModel", "openai/gpt-4o-mini"),
            ("OpenRouter:smart:DefaultModel", "anthropic/claude-sonnet-4"),
            ("OpenRouter:smart:AppTitle", "Smart Title")));
        services.AddKeyedOpenRouterChatClient("fast").UseLogging(NullLoggerFactory.Instance);
        services.AddKeyedOpenRouterChatClient("smart");
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var fast = provider.GetRequiredKeyedService<IChatClient>("fast");
        var smart = provider.GetRequiredKeyedService<IChatClient>("smart");
        await fast.GetResponseAsync("quick question");
        await smart.GetResponseAsync("hard question");

        Assert.Equal(2, emulator.Requests.Count);
        var fastRequest = emulator.Requests[0];
        var smartRequest = emulator.Requests[1];
        Assert.Equal("openai/gpt-4o-mini", fastRequest.Json!.Value.GetProperty("model").GetString());
        Assert.Equal("anthropic/claude-sonnet-4", smartRequest.Json!.Value.GetProperty("model").GetString());
        Assert.Equal("Bearer " + Key, fastRequest.Headers["Authorization"]);
        Assert.Equal("Bearer " + Key, smartRequest.Headers["Authorization"]);
        Assert.Equal("Shared Title", fastRequest.Headers["X-OpenRouter-Title"]);
        Assert.Equal("Smart Title", smartRequest.Headers["X-OpenRouter-Title"]);

        Assert.Equal("openai/gpt-4o-mini", fast.GetService<ChatClientMetadata>()!.DefaultModelId);
        Assert.Equal("anthropic/claude-sonnet-4", smart.GetService<ChatClientMetadata>()!.DefaultModelId);
        Assert.NotSame(
            provider.GetRequiredKeyedService<OpenRouterClient>("fast"),
            provider.GetRequiredKeyedService<OpenRouterClient>("smart"));
        Assert.Null(provider.GetService<IChatClient>());
    }

    [Fact]
    public async Task Keyed_clients_can_use_different_api_keys()
    {
        const string otherKey = "sk-or-v1-another-account-key";
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var services = Services(Config(
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini"),
            ("OpenRouter:team-a:ApiKey", Key),
            ("OpenRouter:team-b:ApiKey", otherKey)));
        services.AddKeyedOpenRouterChatClient("team-a");
        services.AddKeyedOpenRouterChatClient("team-b", o => o.DefaultModel = "google/gemini-2.5-flash");
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        await provider.GetRequiredKeyedService<IChatClient>("team-a").GetResponseAsync("a");
        await provider.GetRequiredKeyedService<IChatClient>("team-b").GetResponseAsync("b");

        Assert.Equal("Bearer " + Key, emulator.Requests[0].Headers["Authorization"]);
        Assert.Equal("openai/gpt-4o-mini", emulator.Requests[0].Json!.Value.GetProperty("model").GetString());
        Assert.Equal("Bearer " + otherKey, emulator.Requests[1].Headers["Authorization"]);
        Assert.Equal("google/gemini-2.5-flash", emulator.Requests[1].Json!.Value.GetProperty("model").GetString());
    }

    [Fact]
    public void Keyed_validation_names_the_keyed_and_shared_configuration_keys()
    {
        var services = Services(Config(("OpenRouter:ApiKey", Key)));
        services.AddKeyedOpenRouterChatClient("fast");
        using var provider = Build(services);

        var failure = StartupFailure(provider);

        var message = Assert.Single(failure.Failures);
        Assert.Contains("'OpenRouter:fast:DefaultModel'", message, StringComparison.Ordinal);
        Assert.Contains("'OpenRouter:DefaultModel'", message, StringComparison.Ordinal);
        Assert.Contains("registration 'fast'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_is_a_singleton_and_disposing_it_or_the_provider_leaves_the_factory_handlers_working()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini")));
        services.AddOpenRouterChatClient(lifetime: ServiceLifetime.Scoped);
        var provider = Build(services);

        var client = provider.GetRequiredService<OpenRouterClient>();
        Assert.Same(client, provider.GetRequiredService<OpenRouterClient>());
        using (var scope = provider.CreateScope())
        {
            var chat = scope.ServiceProvider.GetRequiredService<IChatClient>();
            Assert.Same(client, chat.GetService<OpenRouterClient>());
            await chat.GetResponseAsync("hi");
        }

        // Disposing the OpenRouterClient leaves the factory's handler chain alone: the named client still works.
        client.Dispose();
        var named = provider.GetRequiredService<IHttpClientFactory>().CreateClient(OpenRouterServiceCollectionExtensions.HttpClientName);
        using (var models = await named.GetAsync(new Uri(emulator.Endpoint, "models")))
        {
            models.EnsureSuccessStatusCode();
        }

        await provider.DisposeAsync();
        Assert.Equal(2, emulator.Requests.Count);
    }

    [Fact]
    public async Task Disposing_the_provider_disposes_the_client()
    {
        var services = new ServiceCollection();
        services.AddOpenRouterClient(o => o.Client.ApiKey = Key);
        var provider = Build(services);
        var client = provider.GetRequiredService<OpenRouterClient>();

        await provider.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetCreditsAsync());
    }

    [Fact]
    public void Registering_twice_does_not_duplicate_the_client_or_the_validators()
    {
        var services = Services(Config(("OpenRouter:DefaultModel", "openai/gpt-4o-mini")));
        services.AddOpenRouterClient(o => o.Client.ApiKey = Key);
        services.AddOpenRouterChatClient(o => o.Client.AppTitle = "Second");
        using var provider = Build(services);

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Single(services, d => d.ServiceType == typeof(OpenRouterClient));
        Assert.Equal(2, provider.GetServices<IValidateOptions<OpenRouterServiceOptions>>().Count());
        var options = provider.GetRequiredService<IOptions<OpenRouterServiceOptions>>().Value;
        Assert.Equal(Key, options.Client.ApiKey);
        Assert.Equal("Second", options.Client.AppTitle);
    }

    [Fact]
    public async Task The_readme_registration_example_builds_and_resolves()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(Config(
            ("OPENROUTER_API_KEY", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini"),
            ("OpenRouter:fast:DefaultModel", "openai/gpt-4o-mini"),
            ("OpenRouter:smart:DefaultModel", "anthropic/claude-sonnet-4")));
        services.AddLogging();

        var builder = new { Services = services };   // stands in for a HostApplicationBuilder

        // README "Dependency injection" block, verbatim (ReadmeTests in OpenRouter.Tests checks it), from here...
        // appsettings.json: { "OpenRouter": { "DefaultModel": "openai/gpt-4o-mini" } }; the key from user secrets or
        // the environment (OpenRouter__ApiKey or OPENROUTER_API_KEY).
        builder.Services.AddOpenRouterChatClient(o => o.Client.AppTitle = "My App")   // the delegate runs after binding
            .UseFunctionInvocation()
            .UseOpenTelemetry()
            .UseLogging();

        // Two clients side by side: OpenRouter:fast:DefaultModel and OpenRouter:smart:DefaultModel, sharing OpenRouter:ApiKey.
        builder.Services.AddKeyedOpenRouterChatClient("fast");
        builder.Services.AddKeyedOpenRouterChatClient("smart");

        // Requests go through IHttpClientFactory (no client-wide timeout): add handlers to the named client.
        builder.Services.AddHttpClient(OpenRouterServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => new MyHandler());

        // ...to here.

        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();
        await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");
        await provider.GetRequiredKeyedService<IChatClient>("smart").GetResponseAsync("hi");

        Assert.Equal("My App", emulator.Requests[0].Headers["X-OpenRouter-Title"]);
        Assert.Equal("anthropic/claude-sonnet-4", emulator.Requests[1].Json!.Value.GetProperty("model").GetString());
        Assert.All(emulator.Requests, r => Assert.Equal("1", r.Headers["X-Readme"]));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddOpenRouterClient());
        Assert.Throws<ArgumentNullException>(() => services.AddKeyedOpenRouterChatClient(null!));
        Assert.Throws<ArgumentException>(() => services.AddKeyedOpenRouterChatClient(string.Empty));
        Assert.Throws<ArgumentException>(() => services.AddOpenRouterChatClient(configSectionPath: " "));
    }

    /// <summary>The README's example handler: stamps <c>X-Readme: 1</c> on each request.</summary>
    private sealed class MyHandler() : StampingHandler("X-Readme", "1");

    private class StampingHandler(string name, string value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation(name, value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
